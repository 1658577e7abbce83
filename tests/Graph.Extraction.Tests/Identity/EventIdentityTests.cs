using Graph.Core.Identity;
using Graph.Core.Model;

namespace Graph.Extraction.Tests.Identity;

public sealed class EventIdentityTests
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    private static EventReport Report(
        EventType type, string article, string? date, (string Role, string Entity)[] participants,
        string? place = null, string? quote = null, string cameo = "040", string published = "2024-03-05") =>
        new(new GraphEvent($"event:{article}-{type}", type, cameo, 1, [.. participants.Select(p => new Participant(p.Entity, p.Role))],
            place, date, quote, "Evidence.", article, 0.8, 0, 9), EventReport.ParseDate(published), null);

    private static bool Same(EventReport first, EventReport second, Func<string, IReadOnlySet<string>>? roles = null) =>
        EventIdentity.Matches(second, EventCandidate.Of(first, first.Event.Id), roles ?? (_ => None));

    private static readonly (string, string)[] AB = [("participant", "person:a"), ("participant", "person:b")];
    private static readonly (string, string)[] BA = [("participant", "person:b"), ("participant", "person:a")];

    [Fact]
    public void Matches_MeetingOneDayApartInOtherOrder_Same()
    {
        Assert.True(Same(Report(EventType.Meeting, "x", "2024-03-04", AB), Report(EventType.Meeting, "y", "2024-03-05", BA)));
    }

    [Fact]
    public void Matches_TwoDaysApartOrOtherPlaceOrOtherSide_NotSame()
    {
        var first = Report(EventType.Meeting, "x", "2024-03-04", AB, "loc:rome");
        Assert.False(Same(first, Report(EventType.Meeting, "y", "2024-03-06", AB)));
        Assert.False(Same(first, Report(EventType.Meeting, "y", "2024-03-04", AB, "loc:paris")));
        Assert.False(Same(first, Report(EventType.Meeting, "y", "2024-03-04", [("participant", "person:a"), ("participant", "person:c")])));
        Assert.True(Same(first, Report(EventType.Meeting, "y", "2024-03-04", AB)));
    }

    [Fact]
    public void Matches_UndatedReportsByTheirPublicationDay()
    {
        var first = Report(EventType.PhoneCall, "x", null, AB, published: "2024-03-04");
        Assert.True(Same(first, Report(EventType.PhoneCall, "y", null, AB, published: "2024-03-05")));
        Assert.False(Same(first, Report(EventType.PhoneCall, "y", null, AB, published: "2024-04-05")));
    }

    [Fact]
    public void Matches_SameArticle_NeverItsOwnOtherReport()
    {
        Assert.False(Same(Report(EventType.Meeting, "x", "2024-03-04", AB), Report(EventType.Meeting, "x", "2024-03-05", AB)));
    }

    [Fact]
    public void Matches_AsymmetricRolesMustAgree()
    {
        (string, string)[] aOnB = [("imposer", "country:A"), ("target", "country:B")];
        (string, string)[] bOnA = [("imposer", "country:B"), ("target", "country:A")];
        var first = Report(EventType.Sanction, "x", "2024-03-04", aOnB, cameo: "163");
        Assert.True(Same(first, Report(EventType.Sanction, "y", "2024-03-04", aOnB, cameo: "163")));
        Assert.False(Same(first, Report(EventType.Sanction, "y", "2024-03-04", bOnA, cameo: "163")));
    }

    [Fact]
    public void Matches_StatementsBySpeakerAndQuote()
    {
        (string, string)[] a = [("speaker", "person:a")];
        var first = Report(EventType.Statement, "x", "2024-03-04", a, quote: "We will not give up.", cameo: "010");
        Assert.True(Same(first, Report(EventType.Statement, "y", "2024-03-04", a, quote: "“We will NOT give up”", cameo: "010")));
        Assert.False(Same(first, Report(EventType.Statement, "y", "2024-03-04", a, quote: "We will give up.", cameo: "010")));
        Assert.False(EventIdentity.IsMergeable(Report(EventType.Statement, "y", "2024-03-04", a, cameo: "010")));
        Assert.False(EventIdentity.IsMergeable(Report(EventType.Accusation, "y", "2024-03-04", [("accuser", "person:a"), ("accused", "person:b")], cameo: "112")));
    }

    [Fact]
    public void Matches_VisitAndHostedMeeting_WhenTheHostBelongsToTheDestination()
    {
        var visit = Report(EventType.Visit, "x", "2024-05-10", [("visitor", "person:guest")], "country:HU", cameo: "042");
        var hosted = Report(EventType.Meeting, "y", "2024-05-10", [("participant", "person:host"), ("participant", "person:guest")], "loc:budapest", cameo: "043");
        var plain = Report(EventType.Meeting, "y", "2024-05-10", [("participant", "person:host"), ("participant", "person:guest")], "loc:budapest");

        Assert.True(Same(visit, hosted, e => e == "person:host" ? new HashSet<string> { "country:HU" } : None));
        Assert.True(Same(hosted, visit, e => e == "person:host" ? new HashSet<string> { "country:HU" } : None));
        Assert.False(Same(visit, hosted));
        Assert.False(Same(visit, plain, e => e == "person:host" ? new HashSet<string> { "country:HU" } : None));
    }
}
