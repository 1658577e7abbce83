namespace Graph.Extraction.Events;

/// <summary>What the rules carry from one sentence to the next within an article.</summary>
internal sealed class ArticleState
{
    /// <summary>Index of the sentence being read.</summary>
    public int Sentence { get; set; }

    /// <summary>The last place someone was said to visit, and in which sentence: "X also was there" refers to it.</summary>
    public (string Place, int Sentence)? LastVisitPlace { get; set; }

    /// <summary>The recipients of the article's last offer: "X offered an additional …" gives to them too.</summary>
    public IReadOnlyList<Mentions.ResolvedMention>? LastOfferRecipients { get; set; }

    /// <summary>The sentence of the article's last offer.</summary>
    public int LastOfferSentence { get; set; }
}
