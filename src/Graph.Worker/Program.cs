using System.CommandLine;
using Graph.Worker;

// Ctrl+C and SIGTERM cancel the verb; the run verb then finishes what it has read (Pipeline:ShutdownTimeout)
// before it exits, so the process is not ended after System.CommandLine's default 2 seconds.
return await GraphCommandLine.Parse(args).InvokeAsync(new InvocationConfiguration
{
    ProcessTerminationTimeout = TimeSpan.FromMinutes(6),
});
