namespace Graph.Ingestion.Reading.Files;

/// <summary>An entry's kind, size and identity.</summary>
/// <param name="Identity">
/// Names the file or folder whatever path reached it ("device:inode" on Linux), so a folder reached twice (a bind
/// mount, two arguments naming one folder) is walked once and a file reached twice is read once.
/// </param>
internal readonly record struct FileStatus(FileKind Kind, string Identity, long Size);
