package dk.moedegraf.model;

import java.util.List;

/** Another organisation, and the forums and initiatives the two share. */
public record Partner(Organisation organisation, List<Object> via) {
}
