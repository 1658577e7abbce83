using Graph.Neo4j.Client;

namespace Graph.Neo4j.Tests.Client;

public sealed class Neo4jErrorCodesTests
{
    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", true)]
    [InlineData("Neo.TransientError.Transaction.LockAcquisitionTimeout", true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", false)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", false)]
    public void IsRetryable_Code_FollowsTransientClassification(string code, bool retryable) =>
        Assert.Equal(retryable, Neo4jErrorCodes.IsRetryable(code));
}
