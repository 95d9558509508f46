// The survivor of a merge, looked up when an import asks whether an editor vouched for a person
// (dk.moedegraf.importing.Candidates.personTies): without it, one scan of every Merged node per candidate.
CREATE INDEX merged_into IF NOT EXISTS FOR (m:Merged) ON (m.mergedInto);
