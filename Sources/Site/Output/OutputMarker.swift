/// The files by which khao knows a folder it made.
enum OutputMarker {
    /// In an output folder: khao built it, so khao may replace it.
    static let name = ".khao-output"
    /// In a stage still being written: the stage of a run that was killed
    /// may be deleted by a later run (see `StaleStages`). Renamed to `name`
    /// at commit.
    static let stageName = ".khao-stage"
    /// What both say to a person who opens them.
    static let text = "This folder was written by khao, which deletes and replaces it on every build.\nDo not keep your own files here.\n"
}
