using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Health;

/// <summary>The <c>run</c> verb's health report (configuration section <c>Health</c>).</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>Where the report (JSON) is written; <c>graph health</c> reads it.</summary>
    [Required(ErrorMessage = "Health:File must name the report file (e.g. state/health.json).")]
    public string File { get; set; } = "state/health.json";

    /// <summary>How often the checks run and the report is rewritten.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "10675199.02:48:05.4775807", ErrorMessage = "Health:Interval must be at least 00:00:01.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Checks <see cref="HealthOptions"/> at start (generated from its attributes).</summary>
[OptionsValidator]
internal sealed partial class HealthOptionsValidator : IValidateOptions<HealthOptions>;
