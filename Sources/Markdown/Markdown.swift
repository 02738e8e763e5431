/// Markdown through cmark's node API: parse, walk, render (issue 5).
///
/// Filled in by the Markdown work: parsing once, heading ids that keep Thai
/// marks, link rewriting and safety.
enum MarkdownModule {}
