namespace Graph.Ingestion.Tests.Formats;

/// <summary>Web pages written for these tests: an article among the furniture of a news site.</summary>
internal static class TestPages
{
    public static readonly string[] StoryParagraphs =
    [
        "Estonia and Finland signed an agreement on Tuesday to share the port of Tallinn, ending two years of talks over fees, berths and the ferry lanes that cross the Gulf of Finland every hour.",
        "The agreement was signed by the Estonian minister Kaja Lind and her Finnish counterpart Mikko Rantanen at a short ceremony in the old harbour master's building.",
        "Under the deal, Finnish cargo lines will pay the same fees as Estonian ones from next spring, and both countries will pay for a new breakwater, the ministers said.",
        "Dock workers' unions welcomed the agreement but said they would watch how the new rota for night shifts is drawn up before the first ships arrive.",
    ];

    public static string NewsPage() => $$"""
        <!DOCTYPE html>
        <html lang="en-GB"><head>
        <meta charset="utf-8">
        <title>Harbour deal signed in Tallinn after two years of talks | Kestrel Daily</title>
        <meta property="og:site_name" content="Kestrel Daily">
        <link rel="canonical" href="https://kestrel.example/world/harbour-deal">
        <script>window.analytics = { page: "world" };</script>
        </head><body>
        <div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience. Read our Cookie Policy.</p><button>Accept all</button></div>
        <header class="site-header"><a href="/">Kestrel Daily</a>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/europe">Europe</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        </header>
        <main>
          <article>
            <h1>Harbour deal signed in Tallinn after two years of talks</h1>
            <p class="byline">By <a rel="author" href="/people/maren-holt">Maren Holt</a></p>
            {{string.Concat(StoryParagraphs.Select(p => $"<p>{p}</p>\n"))}}
          </article>
          <aside class="most-read"><h2>Most read</h2><ol>
            <li><a href="/world/oslo-summit">Oslo summit ends without a deal on fishing quotas</a></li>
            <li><a href="/world/riga-strike">Riga rail strike enters its third day</a></li>
          </ol></aside>
          <section class="related"><h2>Related stories</h2>
            <div class="teaser"><a href="/world/ferry"><h3>Ferry prices rise as Oslo and Stockholm argue over fuel taxes</h3></a></div>
          </section>
        </main>
        <div class="promo subscribe"><p>Compare plans and subscribe to Kestrel Daily from 2 euros a month.</p></div>
        <footer class="site-footer"><p>Copyright Kestrel Daily. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookie Policy</a></li></ul></footer>
        </body></html>
        """;

    /// <summary>A short article whose date is stated in <paramref name="head"/> or <paramref name="body"/>.</summary>
    public static string Dated(string head, string body) => $"""
        <html><head><title>Leaders call</title>{head}</head><body>
        <article>{body}<p>The two leaders spoke by telephone about the harbour talks and agreed to meet in Tallinn.</p>
        <p>Their aides said the call lasted an hour.</p></article>
        </body></html>
        """;

    public static string FrenchPage() => """
        <!DOCTYPE html>
        <html lang="fr"><head><title>Les ministres se retrouvent à Lyon</title></head><body>
        <div class="cookie-notice"><p>Ce site utilise des cookies.</p><button>Accepter</button></div>
        <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
        <article>
          <h1>Les ministres se retrouvent à Lyon</h1>
          <p>Les ministres des affaires étrangères de la France et de l'Italie se sont retrouvés mardi à Lyon pour préparer le prochain sommet européen.</p>
          <p>Ils ont parlé des ports, des trains de nuit et du tunnel sous les Alpes, dont les travaux ont pris deux ans de retard.</p>
          <p>Une nouvelle rencontre est prévue à Turin le mois prochain, selon les deux ministères.</p>
        </article>
        <footer>Tous droits réservés.</footer>
        </body></html>
        """;

    public static string IndexPage()
    {
        var teasers = string.Concat(Enumerable.Range(1, 8).Select(i => $"""
            <article class="teaser"><h2><a href="/world/story-{i}">Harbour talks, day {i}: ministers meet again</a></h2>
            <p>Delegates discussed fees and ferry lanes, officials said.</p></article>
            """));
        return $"""
            <html><head><title>World news</title></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <main><h1>World</h1>{teasers}</main>
            <footer><p>Copyright Kestrel Daily.</p></footer>
            </body></html>
            """;
    }

    public static string LoginWall() => """
        <html><head><title>Sign in</title></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <main><h1>Subscribe to continue reading</h1><p>This story is for subscribers only.</p>
        <form><label>Email <input type="email"></label><label>Password <input type="PASSWORD"></label><button>Sign in</button></form>
        <p>Not a subscriber yet? <a href="/subscribe">Subscribe from 1 euro a month</a>.</p></main>
        <footer>Copyright Kestrel Daily</footer>
        </body></html>
        """;
}
