namespace Graph.Ingestion.Reading.Files;

/// <summary>What a directory entry is, as the file system says (a symbolic link is not followed to find out).</summary>
internal enum FileKind
{
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
    Other,
}

internal static class FileKinds
{
    /// <summary>For reasons: "a FIFO (named pipe)", "a socket", …</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        _ => "not a regular file",
    };
}
