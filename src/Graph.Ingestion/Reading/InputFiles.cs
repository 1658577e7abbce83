namespace Graph.Ingestion.Reading;

/// <summary>Expands path arguments into files, walking folders recursively in ordinal path order.</summary>
internal static class InputFiles
{
    /// <summary>Hidden files and folders (".git", ".DS_Store") are not articles; unreadable folders are skipped.</summary>
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        ReturnSpecialDirectories = false,
    };

    public static IReadOnlyList<InputFile> Expand(string path)
    {
        if (File.Exists(path))
            return [new InputFile(Path.GetFullPath(path), Slashes(path), Path.GetFileName(path), Named: true)];
        if (!Directory.Exists(path))
            throw new BadInputException("no such file or folder");

        var folder = Path.GetFullPath(path);
        return Directory.EnumerateFiles(folder, "*", Walk)
            .Select(file => Slashes(Path.GetRelativePath(folder, file)))
            .Where(relative => !relative.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .Select(relative => new InputFile(
                Path.Combine(folder, relative),
                Slashes(Path.Join(path, relative)),
                relative,
                Named: false))
            .ToList();
    }

    private static string Slashes(string path) => path.Replace(Path.DirectorySeparatorChar, '/');
}
