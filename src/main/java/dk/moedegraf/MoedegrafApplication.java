package dk.moedegraf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MoedegrafApplication {

	public static void main(String[] args) {
		SpringApplication.run(MoedegrafApplication.class, args);
	}
}
