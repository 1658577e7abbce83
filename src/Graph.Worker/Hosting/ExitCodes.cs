namespace Graph.Worker.Hosting;

/// <summary>Process exit codes, the same for every verb.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was processed.</summary>
    public const int Ok = 0;

    /// <summary>Usage error or a fatal problem (bad configuration, output not writable): nothing was produced.</summary>
    public const int Fatal = 1;

    /// <summary>The run completed, but some input was set aside (listed on stderr).</summary>
    public const int SomeSetAside = 2;

    /// <summary>Stopped by Ctrl+C or SIGTERM before all input was handled (what was written stays written).</summary>
    public const int Interrupted = 130;
}
