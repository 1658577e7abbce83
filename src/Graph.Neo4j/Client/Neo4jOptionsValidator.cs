using Microsoft.Extensions.Options;

namespace Graph.Neo4j.Client;

/// <summary>Checks <see cref="Neo4jOptions"/> on start with messages that say what to set. Never echoes the password.</summary>
public sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateUri(options.Uri, failures);

        if (string.IsNullOrWhiteSpace(options.Username) && !string.IsNullOrEmpty(options.Password))
            failures.Add($"{Neo4jConfiguration.UsernameKey} is empty but a password is set; set the user name too.");
        if (string.IsNullOrWhiteSpace(options.Database))
            failures.Add($"{Neo4jConfiguration.DatabaseKey} is empty; leave it unset for the default database 'neo4j'.");
        if (!Enum.IsDefined(options.Api))
            failures.Add($"{Neo4jConfiguration.ApiKey} must be one of: {string.Join(", ", Enum.GetNames<Neo4jApiPreference>())}.");
        if (options.AttemptTimeout < TimeSpan.FromMilliseconds(10) || options.AttemptTimeout > TimeSpan.FromHours(24))
            failures.Add($"Neo4j:AttemptTimeout is {options.AttemptTimeout}; it must lie between 10 ms and 24 h.");

        ValidateRetry(options.Retry, failures);
        ValidateCircuitBreaker(options.CircuitBreaker, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateUri(string? value, List<string> failures)
    {
        const string key = Neo4jConfiguration.UriKey;
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} is not set. Set it to the Neo4j HTTP endpoint, e.g. http://localhost:7474 (or https://host:7473).");
            return;
        }

        if (!System.Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            failures.Add($"{key} '{value}' is not an absolute URI; use e.g. http://localhost:7474 (or https://host:7473).");
            return;
        }

        // The user info may hold a password: never echo the value itself from here on.
        var shown = uri.UserInfo.Length > 0 ? $"{uri.Scheme}://{uri.Authority}" : value;
        if (BoltSuggestion(uri) is { } suggestion)
        {
            failures.Add($"{key} '{shown}' is a Bolt URI, but this client speaks Neo4j's HTTP API. {suggestion}");
            return;
        }

        if (uri.Scheme != System.Uri.UriSchemeHttp && uri.Scheme != System.Uri.UriSchemeHttps)
        {
            failures.Add($"{key} '{shown}' must use http or https (HTTP port 7474, HTTPS port 7473 by default).");
            return;
        }

        if (uri.UserInfo.Length > 0)
            failures.Add($"{key} '{shown}' carries credentials; put them in {Neo4jConfiguration.UsernameKey} and {Neo4jConfiguration.PasswordKey} instead.");
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
            failures.Add($"{key} '{shown}' must not have a query string or fragment.");
    }

    /// <summary>For a Bolt URI, what to write instead (same host, the HTTP or HTTPS port).</summary>
    private static string? BoltSuggestion(Uri uri)
    {
        var secure = uri.Scheme is "bolt+s" or "bolt+ssc" or "neo4j+s" or "neo4j+ssc";
        if (!secure && uri.Scheme is not ("bolt" or "neo4j")) return null;

        // Aura serves HTTPS on 443 only.
        if (uri.Host.EndsWith(".neo4j.io", StringComparison.OrdinalIgnoreCase))
            return $"Use https://{uri.Host} instead (Aura serves the Query API over HTTPS on port 443).";
        return secure
            ? $"Use https://{uri.Host}:7473 instead (HTTPS port 7473), or http://{uri.Host}:7474 (HTTP port 7474)."
            : $"Use http://{uri.Host}:7474 instead (HTTP port 7474), or https://{uri.Host}:7473 (HTTPS port 7473).";
    }

    private static void ValidateRetry(Neo4jRetryOptions? retry, List<string> failures)
    {
        if (retry is null)
        {
            failures.Add("Neo4j:Retry is missing.");
            return;
        }

        if (retry.MaxAttempts is < 1 or > 100)
            failures.Add($"Neo4j:Retry:MaxAttempts is {retry.MaxAttempts}; it must lie between 1 (no retry) and 100.");
        if (retry.InitialDelay < TimeSpan.Zero)
            failures.Add($"Neo4j:Retry:InitialDelay is {retry.InitialDelay}; it must not be negative.");
        if (!double.IsFinite(retry.Multiplier) || retry.Multiplier < 1)
            failures.Add($"Neo4j:Retry:Multiplier is {retry.Multiplier}; it must be at least 1.");
        if (retry.MaxDelay < retry.InitialDelay || retry.MaxDelay > TimeSpan.FromDays(1))
            failures.Add($"Neo4j:Retry:MaxDelay is {retry.MaxDelay}; it must lie between InitialDelay ({retry.InitialDelay}) and 1 day.");
    }

    private static void ValidateCircuitBreaker(Neo4jCircuitBreakerOptions? breaker, List<string> failures)
    {
        if (breaker is null)
        {
            failures.Add("Neo4j:CircuitBreaker is missing.");
            return;
        }

        if (!breaker.Enabled) return;
        if (!(breaker.FailureRatio > 0 && breaker.FailureRatio <= 1))
            failures.Add($"Neo4j:CircuitBreaker:FailureRatio is {breaker.FailureRatio}; it must lie in (0, 1].");
        if (breaker.MinimumThroughput < 2)
            failures.Add($"Neo4j:CircuitBreaker:MinimumThroughput is {breaker.MinimumThroughput}; it must be at least 2.");
        if (breaker.SamplingDuration < TimeSpan.FromMilliseconds(500) || breaker.SamplingDuration > TimeSpan.FromDays(1))
            failures.Add($"Neo4j:CircuitBreaker:SamplingDuration is {breaker.SamplingDuration}; it must lie between 0.5 s and 1 day.");
        if (breaker.BreakDuration < TimeSpan.FromMilliseconds(500) || breaker.BreakDuration > TimeSpan.FromDays(1))
            failures.Add($"Neo4j:CircuitBreaker:BreakDuration is {breaker.BreakDuration}; it must lie between 0.5 s and 1 day.");
    }
}
