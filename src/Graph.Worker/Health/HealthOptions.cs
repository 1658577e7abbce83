namespace Graph.Worker.Health;

/// <summary>The <c>run</c> verb's health report (configuration section <c>Health</c>).</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>Where the report (JSON) is written; <c>graph health</c> reads it.</summary>
    public string File { get; set; } = "state/health.json";

    /// <summary>How often the checks run and the report is rewritten.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}
