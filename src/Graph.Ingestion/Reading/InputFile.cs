namespace Graph.Ingestion.Reading;

/// <summary>
/// A file to read, or an entry of a folder that is set aside without being opened (<see cref="Problem"/>). Paths are
/// made on demand from the folder and the relative path, so a scan of many files holds little more than their names.
/// </summary>
/// <param name="Folder">The folder argument's absolute path, or the file's own for a file argument.</param>
/// <param name="Given">The folder or file as the user named it ('/' separators).</param>
/// <param name="Relative">The path relative to the folder argument ('/' separators), or the file name for a file argument: the fallback id.</param>
/// <param name="Named">True when the user named the file itself rather than a folder holding it.</param>
/// <param name="Problem">Why the entry is set aside unopened (a FIFO, a symbolic link, a folder too deep…), or null.</param>
internal sealed record InputFile(string Folder, string Given, string Relative, bool Named, string? Problem = null)
{
    /// <summary>Absolute path, for opening.</summary>
    public string FullPath => Named ? Folder : Path.Combine(Folder, Relative);

    /// <summary>The path as the user named it: what reports and articles show.</summary>
    public string Source => Named ? Given : Relative.Length == 0 ? Given : $"{Given.TrimEnd('/')}/{Relative}";

    /// <summary>The fallback id.</summary>
    public string IdPath => Relative;
}
