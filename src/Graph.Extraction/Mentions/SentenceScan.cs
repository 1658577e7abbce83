using Graph.Extraction.Gazetteers;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// The mention rules over one sentence. A "run" is a maximal stretch of capitalised words and gazetteer phrases
/// (with "of"/"for"/"on"/"the" inside); each run is read as title + name, an organisation or place by its head
/// word, gazetteer phrases, or plain names that need evidence from their context.
/// </summary>
internal sealed class SentenceScan
{
    private readonly IGazetteer _gazetteer;
    private readonly Sentence _sentence;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly bool _headline;
    private readonly List<MentionCandidate> _into;
    private readonly GazetteerEntry?[] _entryAt;
    private readonly int[] _matchEnd;
    private readonly int?[] _phraseEnd;
    private readonly List<MentionCandidate> _found = [];

    /// <param name="matches">The gazetteer's matches over the sentence's tokens.</param>
    public SentenceScan(IGazetteer gazetteer, Sentence sentence, IReadOnlyList<GazetteerMatch> matches, bool headline, List<MentionCandidate> into)
    {
        _gazetteer = gazetteer;
        _sentence = sentence;
        _tokens = sentence.Tokens;
        _headline = headline;
        _into = into;
        _entryAt = new GazetteerEntry?[_tokens.Count];
        _matchEnd = new int[_tokens.Count];
        _phraseEnd = new int?[_tokens.Count];
        foreach (var m in matches)
        {
            if (m.EndToken - m.FirstToken == 1 && m.Entry.Kind is GazetteerKind.Location or GazetteerKind.Country && NamesABody(m.FirstToken))
                continue;
            _phraseEnd[m.FirstToken] = m.PhraseEnd;
            for (var t = m.FirstToken; t < m.EndToken; t++)
            {
                _entryAt[t] = m.Entry;
                _matchEnd[t] = t == m.FirstToken ? m.EndToken : -1;
            }
        }
    }

    private int Count => _tokens.Count;

    /// <summary>
    /// "the state news agency SANA": capitals right after a noun of a body name that body, not the place their letters
    /// spell.
    /// </summary>
    private bool NamesABody(int token) => SentenceShape.IsAcronym(Tok(token)) && WordLists.OrganizationNouns.Contains(Tok(token - 1));

    private string Tok(int i) => i >= 0 && i < _tokens.Count ? _tokens[i].Text : "";

    public void Run()
    {
        var i = 0;
        while (i < Count)
        {
            if (IsRunStart(i))
            {
                var end = RunEnd(i);
                ProcessRun(i, end);
                i = end;
            }
            else
            {
                // "pro-Russian", "intra-Syrian": a name inside a word that a prefix opens in lower case.
                if (char.IsLower(Tok(i)[0]) && WordLists.AfterNamePrefix(Tok(i)) > 0)
                    TryHyphenParts(i);
                i++;
            }
        }

        DropWordsOfAShoutedQuestion();
        FindPronouns();
        LinkAcronyms();
        TypeByCoordination();
        _found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        _into.AddRange(_found);
    }

    /// <summary>
    /// "WHAT IS IT?", "WHO CHAIRS IT NOW?": an explainer's subheading, a question in capitals, whose English words spell
    /// acronyms ("IS", "WHO"): a single word there that is common English is that word, no name.
    /// </summary>
    private void DropWordsOfAShoutedQuestion()
    {
        if (Count < 2 || Tok(Count - 1) != "?" || !AllShouted(0, Count - 1))
            return;
        _found.RemoveAll(c => c.EndToken - c.FirstToken == 1 && WordLists.IsCommonWord(Tok(c.FirstToken)));
    }

    // ---- runs

    private bool IsGazetteerStart(int i) => _entryAt[i] is not null && _matchEnd[i] > 0;

    private bool IsNameWord(int i)
    {
        var t = Tok(i);
        if (!SentenceShape.IsCapitalizedWord(t))
            return false;
        if (!WordLists.Calendar.Contains(t))
            return true;
        // "May" and "March" are also names after a capitalised first name ("Theresa May"), not after a capitalised
        // common word opening the sentence ("In August, …").
        return t is "May" or "March" or "August" && i > 0 && SentenceShape.IsCapitalizedWord(Tok(i - 1)) && !WordLists.IsCommonWord(Tok(i - 1))
            && !char.IsDigit(Tok(i + 1).FirstOrDefault());
    }

    private bool IsRunStart(int i) => IsGazetteerStart(i) || _entryAt[i] is null && IsNameWord(i);

    private int RunEnd(int start)
    {
        var i = start;
        while (i < Count)
        {
            if (IsGazetteerStart(i))
            {
                i = _matchEnd[i];
                continue;
            }

            if (_entryAt[i] is null && (IsNameWord(i) || IsJoinedParticle(Tok(i)) || SentenceShape.IsParticle(Tok(i)) && ParticlesLeadToAName(i)))
            {
                i++;
                continue;
            }

            // "Republican People's Party", "Workers' Party of Korea": a plural noun's possessive inside a name.
            if (i > start && Tok(i) is "'s" or "\u2019s" or "'" or "\u2019" && PossessiveNameWords.Contains(Tok(i - 1)) && i + 1 < Count && IsRunStart(i + 1))
            {
                i++;
                continue;
            }

            // "Peace and Security Council": a body the gazetteer knows by its last words ends a longer name after "and";
            // "Science and Technology Agency": so do capitalised common words and a body's head word.
            if (i > start && Tok(i) == "and" && (EndsALongerName(i + 1) || BodyNameGoesOn(i)))
            {
                i = EndsALongerName(i + 1) ? _matchEnd[i + 1] : i + 1;
                continue;
            }

            // "Ministry of Trade, Industry and Energy", "Department of International Relations and Cooperation": a body's
            // portfolio of several fields.
            if (i > start && Tok(i) is "and" or "," && PortfolioGoesOn(start, i) is int portfolioEnd)
            {
                i = portfolioEnd;
                continue;
            }

            // Connectors inside names: "Ministry of Defense", "Office for …", "Department of the Treasury".
            if (i > start && Tok(i) is "of" or "for" or "on" && i + 1 < Count)
            {
                var next = Tok(i + 1) == "the" ? i + 2 : i + 1;
                if (next < Count && IsRunStart(next))
                {
                    i = next;
                    continue;
                }
            }

            break;
        }

        return i;
    }

    /// <summary>
    /// Whether the body the gazetteer knows by two words or more at <paramref name="i"/> ends a longer name, after a
    /// capitalised common word and "and" ("the AU's Peace and Security Council" is not the UN's; not "France and Security
    /// Council members", nor "President Biden and Congress", nor "Government and African Union troops" opening a sentence).
    /// </summary>
    private bool EndsALongerName(int i) =>
        i >= 3 && i < Count && Tok(i - 1) == "and" && IsGazetteerStart(i) && _matchEnd[i] - i >= 2 && _entryAt[i] is { Kind: GazetteerKind.Organization }
        && WordLists.OrganizationHeads.Contains(Tok(_matchEnd[i] - 1)) && _entryAt[i - 2] is null && IsNameWord(i - 2) && WordLists.IsCommonWord(Tok(i - 2));

    /// <summary>
    /// Whether a body's name goes on after "and" at <paramref name="i"/>: capitalised common English words on both sides
    /// (no known names, not opening the sentence), and two to four words after it the head word of a body's name
    /// ("Economic and Social Council", "Fisheries and Oceans Department"; not "Chile and Peru", "Trinidad and Tobago",
    /// "Marines and Army soldiers", "the Stabilization and Association Agreement").
    /// </summary>
    private bool BodyNameGoesOn(int i)
    {
        if (i < 2 || _entryAt[i - 1] is not null || !IsNameWord(i - 1) || !WordLists.IsCommonWord(Tok(i - 1)))
            return false;
        for (var k = i + 1; k < Count && k <= i + 4 && _entryAt[k] is null && IsNameWord(k) && WordLists.IsCommonWord(Tok(k)); k++)
        {
            if (k > i + 1 && WordLists.OrganizationHeads.Contains(Tok(k)))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Where a body's portfolio that goes on at the "and" or comma at <paramref name="i"/> ends: the run so far is a body's
    /// start word, "of" or "for" and capitalised words ("Ministry of Trade"), and after it come capitalised common
    /// words joined by commas and one "and", then no further name word ("…, Industry and Energy said"); null otherwise
    /// (not "the Ministry of Defence and Interior Minister X", "the Department of Justice and the FBI").
    /// </summary>
    private int? PortfolioGoesOn(int start, int i)
    {
        var of = start;
        while (of < i && !(WordLists.OrganizationStarts.Contains(Tok(of)) && Tok(of + 1) is "of" or "for"))
            of++;
        // The fields before may be words the gazetteer knows ("Foreign Affairs"), or not common ("Fisheries").
        if (of + 2 >= i || !Enumerable.Range(of + 2, i - of - 2).All(k => IsNameWord(k) && !WordLists.OrganizationHeads.Contains(Tok(k))))
            return null;
        var k = i;
        while (k < Count && Tok(k) is "," or "and")
        {
            var joiner = Tok(k);
            var words = k + 1;
            while (words < Count && words - k <= 3 && IsPortfolioWord(words))
                words++;
            if (words == k + 1)
                return null;
            k = words;
            if (joiner == "and")
                return IsNameWord(k) || Tok(k) is "of" or "for" ? null : k;
        }

        return null;
    }

    /// <summary>A capitalised common word the gazetteer does not know, and no head word of a body's name ("Industry", "Energy").</summary>
    private bool IsPortfolioWord(int k) =>
        _entryAt[k] is null && IsNameWord(k) && WordLists.IsCommonWord(Tok(k)) && !WordLists.OrganizationHeads.Contains(Tok(k));

    /// <summary>Nouns of people whose possessive goes on inside the names of parties, armies and republics ("People's", "Workers'").</summary>
    private static readonly HashSet<string> PossessiveNameWords = new(StringComparer.Ordinal) { "People", "Workers", "Women", "Citizens", "Farmers", "Peoples" };

    /// <summary>"von der Leyen", "van den Broek", "de la Cruz": one or more particles, then a word that goes on the name.</summary>
    private bool ParticlesLeadToAName(int i)
    {
        var next = i + 1;
        while (next < Count && next - i < 3 && SentenceShape.IsParticle(Tok(next)))
            next++;
        return next < Count && IsRunStart(next);
    }

    /// <summary>
    /// "King Khalid International Airport", "Prince Sultan Air Base": a capitalised title opening a run of three names or
    /// more that ends in a place's head word names the place after a person, and is part of the place's name ("envoy
    /// Christopher Hill" is a person).
    /// </summary>
    private bool OpensAPlaceName(int i, int start, int end) =>
        i == start && end - start >= 4 && SentenceShape.IsCapitalizedWord(Tok(i)) && WordLists.LocationHeads.Contains(Tok(end - 1));

    /// <summary>"al-Kuwaiti": a particle joined to a capitalised name is a name word itself.</summary>
    private static bool IsJoinedParticle(string t) => SentenceShape.IsParticle(t) && t.IndexOf('-') > 0;

    private enum PieceKind { Word, Known, Title, Connector }

    private readonly record struct Piece(int First, int End, PieceKind Kind, GazetteerEntry? Entry);

    /// <summary>
    /// "Khalid bin Sultan Al Marri", "Sultan bin Saqr Al Qasimi": a word beside an Arabic patronym's "bin" ("son of") is a
    /// name, whatever else it may be a title of.
    /// </summary>
    private bool IsBesideAPatronym(int i, int start, int end) =>
        i > start && Tok(i - 1) is "bin" or "ibn" or "bint" || i + 1 < end && Tok(i + 1) is "bin" or "ibn" or "bint";

    private List<Piece> Pieces(int start, int end)
    {
        var pieces = new List<Piece>();
        var i = start;
        while (i < end)
        {
            if (IsGazetteerStart(i) && i > start && EndsALongerName(i))
            {
                // Its words are the longer name's.
                for (var k = i; k < _matchEnd[i]; k++)
                    pieces.Add(new Piece(k, k + 1, PieceKind.Word, null));
                i = _matchEnd[i];
            }
            else if (IsGazetteerStart(i))
            {
                var e = _entryAt[i]!;
                var surname = IsPlaceNamedSurname(e, i, pieces);
                if (e.Kind == GazetteerKind.Title && TitleOwner(i, _matchEnd[i]) is { } owner)
                {
                    // "U.S. Secretary of State" as one title: its owner is a mention of its own.
                    pieces.Add(new Piece(i, owner.End, PieceKind.Known, owner.Entry));
                    pieces.Add(new Piece(owner.End, _matchEnd[i], PieceKind.Title, e));
                }
                else if (_matchEnd[i] == i + 1 && (e.Kind == GazetteerKind.Title && (IsSurnameSlot(pieces) || IsTitleNamedForename(e, i, start, end) || OpensAPlaceName(i, start, end)
                        || IsBesideAPatronym(i, start, end))
                    || e.Kind != GazetteerKind.Country && SentenceShape.IsInitial(Tok(i - 1)) || IsPlaceNamedForename(i, end) || surname))
                {
                    // "Julie Bishop", "David C. Lyons", "Roberto Lima": a one-word title after a first name, or a place after an initial or a
                    // known first name, is a surname;
                    // "Aden Duale": a place before a surname, in a name the sentence shows is a person's, is a first name.
                    pieces.Add(new Piece(i, i + 1, PieceKind.Word, null));
                    // The place read as a surname is no place of the person's name ("Marcos Lima" is a person's shape).
                    if (surname)
                        _entryAt[i] = null;
                }
                else
                {
                    pieces.Add(new Piece(i, _matchEnd[i], e.Kind == GazetteerKind.Title ? PieceKind.Title : PieceKind.Known, e));
                }

                i = _matchEnd[i];
            }
            else
            {
                var t = Tok(i);
                var kind = t is "of" or "for" or "on" or "the" ? PieceKind.Connector
                    : WordLists.Honorifics.Contains(t) && !IsSurnameSlot(pieces) ? PieceKind.Title : PieceKind.Word;
                pieces.Add(new Piece(i, i + 1, kind, null));
                i++;
            }
        }

        return pieces;
    }

    /// <summary>
    /// A one-word place or country opening a two-word stretch of the run that ends it, whose second word the gazetteer
    /// does not know and is no common English word, where a title, a counterpart, an honorific, a role in apposition or a
    /// person's verb says the two are a person ("the defence minister, Aden Duale,", "Foreign Minister Israel Katz",
    /// "Jordan Miller, a U.S. senator,", "Sofia Ramos said"; not "the Moscow Times said", "the Beijing Olympics say" (no
    /// name of a person follows "the"), "Chad Basin states", "Kenya Airways said": a common word or a company's noun is no surname).
    /// </summary>
    private bool IsPlaceNamedForename(int i, int runEnd) =>
        _entryAt[i] is { Kind: GazetteerKind.Location or GazetteerKind.Country } && runEnd == i + 2 && _entryAt[i + 1] is null && IsNameWord(i + 1)
        && !SentenceShape.IsAcronym(Tok(i + 1)) && !WordLists.IsCommonWord(Tok(i + 1)) && IsPersonShape(i, i + 2, placeFirst: true)
        && (i > 0 && _entryAt[i - 1] is { Kind: GazetteerKind.Title } || Tok(i - 1) is "counterpart" || WordLists.Honorifics.Contains(Tok(i - 1))
            || Tok(i - 1) == "," && RoleWithin(i - 7, i - 1, forward: false) || Tok(i + 2) == "," && RoleWithin(i + 3, i + 11, forward: true)
            || Tok(i - 1) is not ("the" or "The") && Tok(i).IndexOf('.') < 0 && ActsAsAPerson(i + 2));

    /// <summary>The name ending before <paramref name="k"/> speaks, meets, calls or travels ("X said", "X also met").</summary>
    private bool ActsAsAPerson(int k)
    {
        while (k < Count && WordLists.SpeechAdverbs.Contains(Tok(k)))
            k++;
        return WordLists.SpeechVerbs.Contains(Tok(k)) || WordLists.EncounterVerbs.Contains(Tok(k));
    }

    /// <summary>
    /// "President Roberto Lima", "Carlos Santiago said": a one-word city or region right after a known given name is that person's
    /// surname (countries are left alone: "Jordan" after a given name is as often a list of places as a surname). So too after
    /// one name word that a title opens ("Vice President Marcos Lima"): the title says a person's name follows.
    /// </summary>
    private bool IsPlaceNamedSurname(GazetteerEntry place, int i, List<Piece> pieces) =>
        place.Kind == GazetteerKind.Location && pieces.Count > 0 && pieces[^1] is { Kind: PieceKind.Word } previous && previous.First == i - 1
        && (WordLists.GivenNames.Contains(Tok(i - 1)) || pieces.Count >= 2 && pieces[^2] is { Kind: PieceKind.Title, Entry: not null } && previous.End == i && IsNameWord(i - 1))
        && !WordLists.IsCommonWord(Tok(i - 1));

    /// <summary>
    /// "the acting foreign minister, Amir Khan Muttaqi": a one-word royal title that is also a given name, opening a name
    /// of two more words set off by a comma from a role, is the first name (the role already says the office; a cardinal
    /// or a general is named with the title).
    /// </summary>
    private bool IsTitleNamedForename(GazetteerEntry title, int i, int runStart, int runEnd) =>
        title.Category == "royal" && i == runStart && runEnd - i >= 3 && WordLists.GivenNames.Contains(Tok(i))
        && (Tok(i - 1) == "," && RoleWithin(i - 7, i - 1, forward: false) || Tok(runEnd) == "," && RoleWithin(runEnd + 1, runEnd + 9, forward: true));

    /// <summary>After a first name (a known given name, or a word right after a title) comes a surname, not a title.</summary>
    private bool IsSurnameSlot(List<Piece> pieces)
    {
        if (pieces.Count == 0 || pieces[^1].Kind != PieceKind.Word)
            return false;
        var previous = Tok(pieces[^1].First);
        return WordLists.GivenNames.Contains(previous)
            || pieces.Count >= 2 && pieces[^2].Kind == PieceKind.Title && !WordLists.TitleModifiers.Contains(previous);
    }

    /// <summary>A country, demonym or organisation that opens a title phrase ("U.S." in "U.S. Secretary of State").</summary>
    private (int End, GazetteerEntry Entry)? TitleOwner(int first, int end)
    {
        for (var k = end - 1; k > first; k--)
        {
            var entry = _gazetteer.Lookup(Phrase(first, k));
            if (entry is { Kind: GazetteerKind.Country or GazetteerKind.Demonym or GazetteerKind.Organization })
                return (k, entry);
        }

        return null;
    }

    private string Phrase(int start, int end)
    {
        var first = _tokens[start];
        var last = _tokens[end - 1];
        return _sentence.Text.Substring(first.Start - _sentence.Start, last.End - first.Start);
    }

    private bool IsSentenceStart(int i) => SentenceShape.IsSentenceStart(_tokens, i);

    /// <summary>A word that never names anything ("He", "The"), but for the surname He inside a sentence of prose.</summary>
    private bool IsNeverName(int i) => WordLists.NeverNames.Contains(Tok(i)) && (_headline || !SentenceShape.IsSurnameHe(_tokens, i)) || IsCurrencyCode(i);

    /// <summary>
    /// "USD 3 billion", "EUR 1,500": three capitals before a sum are a currency's code (ISO 4217's shape), not a name; not
    /// "DDG 51" or "TVN 24", a name with a number.
    /// </summary>
    private bool IsCurrencyCode(int i) =>
        Tok(i) is { Length: 3 } t && t.All(char.IsAsciiLetterUpper) && Tok(i + 1) is { Length: > 0 } n && char.IsAsciiDigit(n[0])
        && (n.Contains(',') || n.Contains('.') || Tok(i + 2) is "million" or "billion" or "trillion" or "bn" or "mn");

    private void ProcessRun(int start, int end)
    {
        var pieces = Pieces(start, end);

        // Leading words that are not names: "The", sentence-initial common words ("Meanwhile", "Officials").
        while (pieces.Count > 0 && pieces[0].Kind is PieceKind.Word or PieceKind.Connector && IsLeadingNoise(pieces, 0))
            pieces.RemoveAt(0);
        while (pieces.Count > 0 && pieces[^1].Kind == PieceKind.Connector)
            pieces.RemoveAt(pieces.Count - 1);
        // "the bulk carrier Sea Orchid": a ship's name is a thing's (annotation guidelines), not a person or a body; so is
        // one of two words or more that opens with a place ("the tanker Aegean Pearl"; not "the tanker Iran seized").
        if (pieces.Count > 0 && (pieces[0].Kind == PieceKind.Word || pieces[^1].End - pieces[0].First >= 2) && WordLists.VesselNouns.Contains(Tok(pieces[0].First - 1)))
            return;
        // "aboard HMS Richmond", "the carrier FS Charles de Gaulle": a ship's prefix and a name after it.
        if (pieces.Count > 1 && WordLists.ShipPrefixes.Contains(Tok(pieces[0].First)) && pieces[0].End - pieces[0].First == 1)
            return;
        // "Perth-based Southern Cross Minerals", "the Tehran-based Pars Aria Trading Company": a hyphenated modifier (a
        // name with a lower-case participle) opening a run is no part of the name after it. A state inside it is its own
        // mention ("U.S.-based"), and so is a body before no named body ("the Hamas-led Palestinian government"); a city is
        // only where the body sits, and a body before a named one ("NATO-led ISAF") only who leads it: a capital there
        // would stand for its country wherever "it" is read, a leader for the body that acts.
        if (pieces.Count > 1 && pieces[0] is { Kind: PieceKind.Word or PieceKind.Known } opening && opening.End - opening.First == 1
            && Tok(opening.First) is var modifier && modifier.LastIndexOf('-') is > 0 and var hyphen && IsParticiple(modifier[(hyphen + 1)..])
            && pieces[1].Kind is PieceKind.Word or PieceKind.Known)
        {
            if (opening.Entry is { Kind: GazetteerKind.Country or GazetteerKind.Demonym } entry
                || opening.Entry is { Kind: GazetteerKind.Organization } && pieces.Skip(1).All(p => p.Entry is { Kind: GazetteerKind.Country or GazetteerKind.Demonym }))
                EmitKnown(opening.First, opening.End, opening.Entry!);
            pieces.RemoveAt(0);
        }

        if (pieces.Count == 0 || SentenceShape.IsTimeZone(_tokens, pieces[0].First, pieces[^1].End))
            return;

        // "the Liberal Democratic Party", "the Free Democrats": plain capitalised words before a party the gazetteer knows by
        // the name's last words make another party's name, not that one; "House Democrats" are that party's in a chamber.
        if (pieces.Count > 1 && pieces[^1] is { Kind: PieceKind.Known, Entry: { Kind: GazetteerKind.Organization, Category: "party" } }
            && pieces.Take(pieces.Count - 1).All(p => p.Kind == PieceKind.Word) && !Chambers.Contains(Tok(pieces[0].First)))
        {
            Emit(pieces[0].First, pieces[^1].End, CandidateKind.Organization);
            return;
        }

        // "The Moscow Times said", "the Jordan Times", "the Bangkok Post": a place before the word that ends a newspaper's
        // name names the paper (media named as a source are organisations: annotation guidelines), not the place.
        if (pieces is [{ Kind: PieceKind.Known, Entry.Kind: GazetteerKind.Location or GazetteerKind.Country } place, { Kind: PieceKind.Word } paper]
            && paper.End - paper.First == 1 && NewspaperHeads.Contains(Tok(paper.First)) && !_headline)
        {
            Emit(place.First, paper.End, CandidateKind.Organization);
            return;
        }

        // "Air France", "Korean Air": a flag carrier named by its state and "Air" is a company, not the state.
        if (pieces is [{ Kind: PieceKind.Word } air, { Kind: PieceKind.Known, Entry.Kind: GazetteerKind.Country } carrier] && Tok(air.First) == "Air" && air.End == carrier.First
            || pieces is [{ Kind: PieceKind.Known, Entry.Kind: GazetteerKind.Country or GazetteerKind.Demonym } flag, { Kind: PieceKind.Word } airline]
                && airline.End - airline.First == 1 && Tok(airline.First) == "Air" && flag.End == airline.First)
        {
            Emit(pieces[0].First, pieces[^1].End, _headline ? CandidateKind.Unknown : CandidateKind.Organization);
            return;
        }

        if (TryTitledPerson(pieces) || TryTitleOfAnOwner(pieces) || TryTitleForAPortfolio(pieces) || TryPortfolioGoingOn(pieces) || TryHeadedName(pieces) || TrySpeakerLabel(pieces))
            return;

        // "the Coalition", "the Department", "the Treasury": a capitalised head word inside a sentence is a proper name (the
        // Treasury only alone: it ends no longer name, and "U.S. Treasury Secretary X" names a title).
        if (pieces.Count == 1 && pieces[0].Kind == PieceKind.Word && (WordLists.OrganizationHeads.Contains(Tok(pieces[0].First)) || Tok(pieces[0].First) == "Treasury")
            && !IsSentenceStart(pieces[0].First) && !_headline)
        {
            Emit(pieces[0].First, pieces[0].End, CandidateKind.Organization);
            return;
        }

        EmitPiecesAndPlainNames(pieces, 0, pieces.Count);
    }

    /// <summary>English nouns that end the names of newspapers ("Times", "Post", "Herald"), from the titles of the press.</summary>
    private static readonly HashSet<string> NewspaperHeads = new(StringComparer.Ordinal)
    {
        "Times", "Post", "Herald", "Tribune", "Journal", "Gazette", "Chronicle", "Telegraph", "Standard", "Star", "Express",
        "Observer", "Independent", "Courier", "Mirror", "Monitor", "Examiner", "Guardian", "Globe", "Inquirer", "Daily", "Today",
    };

    /// <summary>English words of a legislature's chambers, which name a party's members there ("House Democrats").</summary>
    private static readonly HashSet<string> Chambers = new(StringComparer.Ordinal) { "House", "Senate", "Congressional", "Parliamentary", "Assembly" };

    private bool IsLeadingNoise(List<Piece> pieces, int index)
    {
        var p = pieces[index];
        var t = Tok(p.First);
        if (p.Kind == PieceKind.Connector || IsNeverName(p.First))
            return true;
        if (!IsSentenceStart(p.First) || WordLists.GivenNames.Contains(t) || WordLists.TitleModifiers.Contains(t))
            return false;
        var nextIsTitle = index + 1 < pieces.Count && pieces[index + 1].Kind == PieceKind.Title;
        // "Bank of America said", "Air France said": a body's first word opening the sentence opens its name.
        var opensABody = index + 1 < pieces.Count && (WordLists.OrganizationStarts.Contains(t) && pieces[index + 1] is { Kind: PieceKind.Connector } connector
                && Tok(connector.First) is "of" or "for"
            || t == "Air" && pieces[index + 1] is { Kind: PieceKind.Known, Entry.Kind: GazetteerKind.Country });
        return !nextIsTitle && !opensABody && WordLists.IsCommonWord(t);
    }

    /// <summary>
    /// "UN Special Envoy for Syria Geir Olsen", "Under-Secretary-General for Humanitarian Affairs Ana Ruiz", "UN High
    /// Commissioner for Refugees Ana Ruiz" (a body the gazetteer knows by its head's title): a title, "for" or "on" and
    /// its portfolio (common words or known names), then the person: the words at the end that are no common English
    /// words and have a person's shape.
    /// </summary>
    private bool TryTitleForAPortfolio(List<Piece> pieces)
    {
        var t = pieces.FindIndex(p => p.Kind == PieceKind.Title || p.Kind == PieceKind.Word && p.End - p.First == 1 && IsHyphenatedTitle(Tok(p.First)) || TitledBody(p));
        // A title in lower case ("a spokeswoman for the …") names no person after its portfolio.
        if (t < 0 || t + 2 >= pieces.Count || !char.IsUpper(Tok(pieces[t].First)[0]))
            return false;
        var after = pieces[t + 1] is { Kind: PieceKind.Connector } connector ? Tok(connector.First) : null;
        // "Minister of Industry X": a portfolio after "of" is one of common words, where "of" a known place ("President of
        // Chile X") names the owner.
        var from = after is "for" or "on" or "of" ? t + 2 : TitledBody(pieces[t]) ? t + 1 : -1;
        if (from < 0 || after == "of" && pieces.Skip(from).Any(p => p.Kind == PieceKind.Known && p.Entry?.Kind is not GazetteerKind.Title))
            return false;
        var name = pieces.Count;
        while (name > from && pieces[name - 1] is { Kind: PieceKind.Word } word && word.End - word.First == 1 && !WordLists.IsCommonWord(Tok(word.First)))
            name--;
        var portfolio = pieces.Skip(from).Take(name - from).ToList();
        if (pieces.Count - name is < 2 or > 3 || from == t + 2 && !portfolio.Exists(p => p.Kind != PieceKind.Connector)
            || !portfolio.TrueForAll(p => p.Kind is PieceKind.Known or PieceKind.Connector || WordLists.IsCommonWord(Tok(p.First)))
            || !IsPersonShape(pieces[name].First, pieces[^1].End, titled: true))
            return false;
        Emit(pieces[name].First, pieces[^1].End, _headline ? CandidateKind.Unknown : CandidateKind.Person, titled: true);
        EmitPiecesAndPlainNames(pieces, 0, name, plainNames: false);
        return true;
    }

    /// <summary>
    /// "Prime Minister of Bhutan Tshering Dorji", "President of the Republic of Belarus X": a title, "of" and a country or
    /// body the gazetteer knows, then two or three words of a person's shape, the last no common English word.
    /// </summary>
    private bool TryTitleOfAnOwner(List<Piece> pieces)
    {
        var t = pieces.FindIndex(p => p.Kind == PieceKind.Title);
        if (t < 0 || t + 3 >= pieces.Count || Tok(pieces[t + 1].First) != "of" || !char.IsUpper(Tok(pieces[t].First)[0]))
            return false;
        var owner = pieces[t + 2] is { Kind: PieceKind.Connector } article && Tok(article.First) == "the" ? t + 3 : t + 2;
        if (owner >= pieces.Count || pieces[owner] is not { Kind: PieceKind.Known, Entry.Kind: GazetteerKind.Country or GazetteerKind.Organization }
            || pieces.Count - owner - 1 is < 2 or > 3
            // "Ram Bahadur Thapa", "Nguyen Van Hai": given names may be English words, the surname is not.
            || !pieces.Skip(owner + 1).All(p => p is { Kind: PieceKind.Word } && p.End - p.First == 1) || WordLists.IsCommonWord(Tok(pieces[^1].First))
            || !IsPersonShape(pieces[owner + 1].First, pieces[^1].End, titled: true))
            return false;
        Emit(pieces[owner + 1].First, pieces[^1].End, _headline ? CandidateKind.Unknown : CandidateKind.Person, titled: true);
        EmitPiecesAndPlainNames(pieces, 0, owner + 1, plainNames: false);
        return true;
    }

    /// <summary>
    /// "Minister of Economy and Finance Marie Dubois", "Cabinet Secretary for Trade and Industry Grace Wanjiku": a run of
    /// capitalised words after the "and" of a title's portfolio ends the portfolio in common words and goes on with the
    /// person, the two or three words after them.
    /// </summary>
    private bool TryPortfolioGoingOn(List<Piece> pieces)
    {
        if (pieces.Count < 3 || Tok(pieces[0].First - 1) != "and" || !AfterAPortfolio(pieces[0].First - 1))
            return false;
        var name = 0;
        while (name < pieces.Count && (pieces[name].Kind is PieceKind.Known or PieceKind.Connector || WordLists.IsCommonWord(Tok(pieces[name].First))))
            name++;
        if (name == 0 || pieces.Count - name is < 2 or > 3 || !pieces.Skip(name).All(p => p is { Kind: PieceKind.Word } && p.End - p.First == 1)
            || !IsPersonShape(pieces[name].First, pieces[^1].End, titled: true))
            return false;
        Emit(pieces[name].First, pieces[^1].End, _headline ? CandidateKind.Unknown : CandidateKind.Person, titled: true);
        EmitPiecesAndPlainNames(pieces, 0, name, plainNames: false);
        return true;
    }

    /// <summary>Whether the capitalised words before token <paramref name="and"/> are a title's portfolio after "of" or "for" ("Minister of Economy").</summary>
    private bool AfterAPortfolio(int and)
    {
        for (var k = and - 1; k >= 2 && k >= and - 4; k--)
        {
            if (Tok(k) is "of" or "for")
                return k < and - 1 && _gazetteer.CanonicalTitle(Tok(k - 1)) is not null && char.IsUpper(Tok(k - 1)[0]);
            if (!SentenceShape.IsCapitalizedWord(Tok(k)))
                return false;
        }

        return false;
    }

    /// <summary>"Under-Secretary-General", "Commissioner-General": a title of hyphenated words ending in a title.</summary>
    private bool IsHyphenatedTitle(string token) =>
        token.LastIndexOf('-') is > 0 and var hyphen && hyphen < token.Length - 1 && char.IsUpper(token[0]) && _gazetteer.CanonicalTitle(token[(hyphen + 1)..]) is not null;

    /// <summary>A body the gazetteer knows by its head's title and portfolio ("UN High Commissioner for Refugees").</summary>
    private bool TitledBody(Piece p) =>
        p is { Kind: PieceKind.Known, Entry.Kind: GazetteerKind.Organization } && p.End - p.First >= 3
        && Enumerable.Range(p.First, p.End - p.First).Any(i => Tok(i + 1) is "for" or "on" && _gazetteer.CanonicalTitle(Tok(i)) is not null);

    /// <summary>
    /// "[Russian] President Vladimir Putin", "Lt. Gen. Stephen J. Townsend", "Ambassador X for …": the words
    /// right after the first title that is followed by a name are a person.
    /// </summary>
    private bool TryTitledPerson(List<Piece> pieces)
    {
        for (var t = 0; t < pieces.Count - 1; t++)
        {
            if (pieces[t].Kind != PieceKind.Title)
                continue;
            var end = t + 1;
            while (end < pieces.Count && pieces[end].Kind == PieceKind.Word)
                end++;
            if (end == t + 1 || !IsPersonShape(pieces[t + 1].First, pieces[end - 1].End, titled: true))
                continue;

            Emit(pieces[t + 1].First, pieces[end - 1].End, _headline ? CandidateKind.Unknown : CandidateKind.Person, titled: true);
            // "Aurelion Motors chief executive X", "Kenya Airways chief executive X", "Bank of Japan Governor X": a body named
            // by its head word before the title (a state's name may open it) is the title's owner.
            // Not the tail of a longer name ("Health and Human Services Secretary X").
            if (t >= 2 && Tok(pieces[0].First - 1) is not ("and" or "of" or "&" or "for") && BodyBeforeATitle(pieces[..t]))
                Emit(pieces[0].First, pieces[t - 1].End, _headline ? CandidateKind.Unknown : CandidateKind.Organization);
            else
                EmitPiecesAndPlainNames(pieces, 0, t, plainNames: false);
            EmitPiecesAndPlainNames(pieces, end, pieces.Count);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Words that name a body by their head word ("Aurelion Motors", "Kenya Airways") or as "X of Y" ("Bank of Japan",
    /// "Central Bank of Nigeria"), a state's name only at the start or after "of".
    /// </summary>
    private bool BodyBeforeATitle(List<Piece> before)
    {
        if (before.Exists(p => p.Kind is not (PieceKind.Word or PieceKind.Connector) && !(p is { Kind: PieceKind.Known, Entry.Kind: GazetteerKind.Country })))
            return false;
        if (before.TrueForAll(p => p.Kind == PieceKind.Word))
            return WordLists.OrganizationHeads.Contains(Tok(before[^1].First)) || WordLists.CompanyHeads.Contains(Tok(before[^1].First));
        // Not a name with a state's whose first word the run left out ("Reserve Bank of India governor X" opening the sentence).
        if (Tok(before[0].First - 1) is { Length: > 0 } previous && SentenceShape.IsCapitalizedWord(previous) && previous is not ("The" or "A" or "An"))
            return false;
        return before[^1].Kind == PieceKind.Word && before.Count(p => p.Kind == PieceKind.Known) == 1 && before[0].Kind == PieceKind.Known
                && WordLists.CompanyHeads.Contains(Tok(before[^1].First))
            || before is [{ Kind: PieceKind.Word } start, { Kind: PieceKind.Connector } of, { Kind: PieceKind.Known }]
                && WordLists.OrganizationStarts.Contains(Tok(start.First)) && Tok(of.First) == "of"
            || before[^1].Kind == PieceKind.Known && OpensAnOfName(before);
    }

    /// <summary>"SECRETARY KERRY:", "MR KIRBY:": a transcript's speaker label, a title and a name in capitals.</summary>
    private bool TrySpeakerLabel(List<Piece> pieces)
    {
        var first = pieces[0].First;
        var last = pieces[^1];
        if (pieces.Count < 2 || Tok(last.End) != ":" || !IsSentenceStart(first) || !AllShouted(first, last.End))
            return false;
        var title = SentenceShape.TitleCase(Tok(first));
        if (!WordLists.Honorifics.Contains(title) && _gazetteer.CanonicalTitle(title) is null)
            return false;
        Emit(pieces[1].First, last.End, CandidateKind.Person, titled: true);
        return true;
    }

    /// <summary>Names read by their head word: "… Forces", "Ministry of …", "… Province", "Camp …".</summary>
    private bool TryHeadedName(List<Piece> pieces)
    {
        var first = pieces[0];
        var last = pieces[^1];
        // "the Democratic Party of Japan": a party the gazetteer knows by a name another state's party shares, "of" a
        // country, is that country's own party.
        if (pieces is [{ Kind: PieceKind.Known, Entry.Kind: GazetteerKind.Organization } party, { Kind: PieceKind.Connector } of, { Kind: PieceKind.Known, Entry.Kind: GazetteerKind.Country }]
            && Tok(of.First) == "of" && Tok(party.End - 1) is "Party" or "Front" or "Movement" or "League")
        {
            Emit(party.First, last.End, _headline ? CandidateKind.Unknown : CandidateKind.Organization);
            return true;
        }

        // "Nigeria Labour Congress", "Trades Union Congress": a head word the gazetteer knows alone ends a longer name of
        // words too (not "the Democrat on the Senate", nor initials: "U.S Congress").
        var lastWord = last.Kind == PieceKind.Word || last.Kind == PieceKind.Known && pieces.Count >= 3 && last.End - last.First == 1
            && WordLists.OrganizationHeads.Contains(Tok(last.First))
            && pieces.Take(pieces.Count - 1).All(p => p.Kind == PieceKind.Known || p.Kind == PieceKind.Word && Tok(p.First).Any(char.IsLower))
            ? Tok(last.First) : null;
        if (pieces.Count < 2)
            return false;
        var company = lastWord is not null && WordLists.CompanyHeads.Contains(lastWord);
        var modified = company && IsHyphenatedCountry(first);
        // A title opens no name of a body, but may open a company's ("General Motors"); in "Chairman of X Airways" the
        // company is what follows "of".
        var titleOpensCompany = company && pieces.Count == (modified ? 3 : 2) && SentenceShape.IsCapitalizedWord(Tok(pieces[^2].First));
        if (pieces.Exists(p => p.Kind == PieceKind.Title && p.Entry is not null) && !titleOpensCompany)
        {
            // "Chairman of Kalora Holdings", "president of the African Union Commission": the body after the connector.
            if (!(company || lastWord is not null && WordLists.OrganizationHeads.Contains(lastWord)) || CompanyAfterConnector(pieces) is not { } k)
                return false;
            EmitPiecesAndPlainNames(pieces, 0, k, plainNames: false);
            // "director of the Brussels-based Euro Burma Office": the body's name starts after a hyphenated modifier.
            var named = k;
            while (named < pieces.Count - 2 && pieces[named] is { Kind: PieceKind.Word or PieceKind.Known } piece && piece.End - piece.First == 1
                   && Tok(piece.First) is var modifier && modifier.Contains('-') && char.IsLower(modifier[^1]))
                named++;
            EmitPiecesAndPlainNames(pieces, k, named);
            Emit(pieces[named].First, last.End, _headline ? CandidateKind.Unknown : CandidateKind.Organization);
            return true;
        }

        // "Senate of Cambodia": a start word the gazetteer knows alone opens a longer name too.
        var firstWord = first.Kind == PieceKind.Word || first.Kind == PieceKind.Known && first.End - first.First == 1 && WordLists.OrganizationStarts.Contains(Tok(first.First))
            ? Tok(first.First) : null;
        CandidateKind? kind = null;
        if (lastWord is not null && (WordLists.OrganizationHeads.Contains(lastWord) || WordLists.CompanyHeads.Contains(lastWord)))
            kind = CandidateKind.Organization;
        else if (firstWord is not null && WordLists.OrganizationStarts.Contains(firstWord) && pieces[1].Kind == PieceKind.Connector)
            kind = CandidateKind.Organization;
        // "State Bank of Pakistan", "Reserve Bank of India", "International Tribunal for the Law of the Sea": a word or two
        // before the head word of an "X of Y" or "X for Y" name.
        else if (OpensAnOfName(pieces))
            kind = CandidateKind.Organization;
        else if (lastWord is not null && WordLists.LocationHeads.Contains(lastWord) || firstWord is "Camp" or "Lake" or "Mount" or "Fort" or "Cape")
            kind = CandidateKind.Location;
        // "Gulf of Finland", "Bay of Bengal", "Strait of Malacca": a body of water named "of" a place (a country's name
        // inside it too) is one place.
        else if (firstWord is "Gulf" or "Bay" or "Sea" or "Strait" or "Straits" or "Isle" && Tok(pieces[1].First) == "of")
            kind = CandidateKind.Location;
        // "driven to Jubilee House", "talks at State House": a house one is at or goes to is a building (a house that
        // speaks, "Freedom House said", is a body, which the gazetteer or the name tagger reads).
        else if (lastWord is "House" && Tok(first.First - 1) is "at" or "to" or "in" or "from" or "outside" or "inside" or "near")
            kind = CandidateKind.Location;
        if (kind is null)
            return false;

        // A name with a hyphenated modifier ("U.S.-based General Motors") starts after it.
        if (first.Kind == PieceKind.Known && first.Entry!.Kind == GazetteerKind.Country && kind == CandidateKind.Organization && modified)
        {
            EmitKnown(first.First, first.End, first.Entry);
            first = pieces[1];
        }

        // "the 82nd Airborne Division": a numbered unit's ordinal is part of its name.
        var start = kind == CandidateKind.Organization && SentenceShape.IsOrdinalNumber(Tok(first.First - 1)) ? first.First - 1 : first.First;
        Emit(start, last.End, _headline ? CandidateKind.Unknown : kind.Value);
        return true;
    }

    /// <summary>Whether the second or third piece is the head word of an "X of Y" or "X for Y" organisation name after capitalised words only.</summary>
    private bool OpensAnOfName(List<Piece> pieces)
    {
        for (var k = 1; k <= 2 && k + 2 < pieces.Count; k++)
        {
            // "Kenya National Union of Teachers": a state's name may open it, before a word of the name ("U.S. Department of
            // Agriculture" is the state's department).
            if (pieces[k - 1].Kind != PieceKind.Word && !(k == 1 && pieces[0] is { Kind: PieceKind.Known, Entry.Kind: GazetteerKind.Country }))
                return false;
            if (k == 1 && pieces[0].Kind == PieceKind.Known)
                continue;
            if (pieces[k].Kind == PieceKind.Word && WordLists.OrganizationStarts.Contains(Tok(pieces[k].First))
                && pieces[k + 1].Kind == PieceKind.Connector && Tok(pieces[k + 1].First) is "of" or "for")
                return true;
        }

        return false;
    }

    /// <summary>The lower-case participle of a hyphenated modifier ("based", "led", "owned", "speaking", "run"), not a name's own part ("Sharekat-e").</summary>
    private static bool IsParticiple(string word) =>
        word.Length >= 3 && word.All(char.IsLower) && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word is "run" or "held" or "born" or "made" or "built");

    /// <summary>Where a company's name of two or more words starts after the last connector ("Chairman of Kalora Holdings").</summary>
    private static int? CompanyAfterConnector(List<Piece> pieces)
    {
        var k = pieces.Count - 1;
        while (k > 0 && pieces[k - 1].Kind is PieceKind.Word or PieceKind.Known)
            k--;
        return k > 0 && pieces[k - 1].Kind == PieceKind.Connector && pieces.Count - k >= 2 ? k : null;
    }

    /// <summary>"U.S.-based", "Saudi-owned": a country written into a hyphenated modifier, one word.</summary>
    private bool IsHyphenatedCountry(Piece piece) =>
        piece.Kind == PieceKind.Known && piece.Entry!.Kind == GazetteerKind.Country && piece.End - piece.First == 1
        && Tok(piece.First) is { } word && word.Contains('-') && char.IsLower(word[^1]);

    /// <summary>
    /// Words that name a political movement rather than a body of a state (English words of movements, fronts and
    /// parties): "Liberation", "People's", "Front" …
    /// </summary>
    /// <summary>Gazetteer phrases as they are; the capitalised words between them as plain names.</summary>
    private void EmitPiecesAndPlainNames(List<Piece> pieces, int from, int to, bool plainNames = true)
    {
        var k = from;
        while (k < to)
        {
            var p = pieces[k];
            if (p.Kind == PieceKind.Known)
            {
                EmitKnown(p.First, p.End, p.Entry!);
                k++;
                continue;
            }

            if (p.Kind != PieceKind.Word)
            {
                k++;
                continue;
            }

            var j = k;
            while (j < to && pieces[j].Kind == PieceKind.Word)
                j++;
            if (plainNames)
                ProcessPlain(pieces[k].First, pieces[j - 1].End);
            k = j;
        }
    }

    // ---- plain names

    private void ProcessPlain(int p, int q)
    {
        // A particle opening the span stays ("Special Envoy de Mistura", "President von der Leyen"): the run took it in
        // only because a name follows it.
        while (p < q && IsLeadingNoiseToken(p))
            p++;
        if (p >= q)
            return;
        if (q - p == 1 && (TryHyphenParts(p) || TryWithoutApostrophe(p)))
            return;
        // "Anti-government fighters", "Pro-democracy groups": a prefixed common word, capitalised to open the sentence.
        if (q - p == 1 && WordLists.AfterNamePrefix(Tok(p)) is > 0 and var after && char.IsLower(Tok(p)[after]))
            return;

        if (q - p == 1 && SentenceShape.IsAcronym(Tok(p)))
        {
            var t = Tok(p);
            if (WordLists.NeverNames.Contains(t) || WordLists.IsCommonWord(t))
                return;
            var entry = NamesABody(p) ? null : _gazetteer.Lookup(SentenceShape.TitleCase(t));
            if (entry is not null && entry.Kind != GazetteerKind.Title)
                EmitKnown(p, q, entry);
            // "ARUSHA, Tanzania (Reuters) -": a word in capitals opening the sentence before a comma and a country that
            // closes the dateline, or before the agency in brackets, is the dateline's place (not "BD, Myanmar agree").
            else if (IsSentenceStart(p) && t.Length >= 4 && (Tok(q) == "(" || Tok(q) == "," && q + 2 < _tokens.Count
                && _entryAt[q + 1] is { Kind: GazetteerKind.Country } && Tok(q + 2) is "(" or "-" or "—" or "–" or ","))
                Emit(p, q, CandidateKind.Location);
            else
                Emit(p, q, CandidateKind.Organization);
            return;
        }

        if (AllShouted(p, q))
            return;

        CandidateKind kind;
        // "fighting near Krishna Ghati": after "near" a name is a place, even one opening with a given name.
        // "at Don Mueang airport", "the Jomo Kenyatta airport": a name before a building's noun names the building, given name or not.
        if (IsPlaceBeyondDoubt(p, q) || WordLists.SiteNouns.Contains(Tok(q)) && !AnyWord(p, q, WordLists.FaithWords))
            kind = CandidateKind.Location;
        else if (HasPersonEvidence(p, q) || q - p == 2 && IsPlaceNamedForename(p, q))
        {
            kind = CandidateKind.Person;
        }
        else if (GivenNameInside(p, q) is { } name)
        {
            // "Senior Chief Petty Officer Scott C. Dayton": the words before a known first name are a title.
            Emit(name, q, _headline ? CandidateKind.Unknown : CandidateKind.Person, titled: true);
            return;
        }
        else if (NamesALeadersRule(p, q))
            kind = CandidateKind.Person;
        else if (WordLists.OrganizationNouns.Contains(Tok(p - 1)) || WordLists.OrganizationNouns.Contains(Tok(q)))
            kind = CandidateKind.Organization;
        else if (Tok(p - 1) == "of" && WordLists.LocationNouns.Contains(Tok(p - 2)) || WordLists.LocationNouns.Contains(Tok(q)) || IsConfidentPlace(p, q))
            kind = CandidateKind.Location;
        else if (!_headline && HasLeadersForename(p, q))
        {
            // Weak: the article may type the same name as a place elsewhere ("overran Musa Qala", "near Musa Qala").
            _found.Add(Candidate(p, q, CandidateKind.Person) with { ByForenameAlone = true });
            return;
        }
        else
            kind = CandidateKind.Unknown;
        Emit(p, q, _headline ? CandidateKind.Unknown : kind);
    }

    /// <summary>
    /// "the Trump administration", "the Assad regime": one name between "the" and a noun of rule is the ruler's
    /// surname; not a creed's adjective ("the Islamic regime", "the Baathist regime").
    /// </summary>
    private bool NamesALeadersRule(int p, int q)
    {
        if (q - p != 1 || Tok(p - 1) is not ("the" or "The") || Tok(q) is not ("administration" or "regime" or "dictatorship"))
            return false;
        var t = Tok(p);
        return t.IndexOf('-') < 0 && !SentenceShape.IsAcronym(t) && !WordLists.IsCommonWord(t)
            && !t.EndsWith("ist", StringComparison.Ordinal) && !t.EndsWith("ic", StringComparison.Ordinal);
    }

    private bool AnyWord(int p, int q, HashSet<string> words)
    {
        for (var i = p; i < q; i++)
        {
            if (words.Contains(Tok(i)))
                return true;
        }

        return false;
    }

    private int? GivenNameInside(int p, int q)
    {
        for (var k = p + 1; k < q - 1; k++)
        {
            if (WordLists.GivenNames.Contains(Tok(k)) && IsPersonShape(k, q))
                return k;
        }

        return null;
    }

    private bool IsLeadingNoiseToken(int i)
    {
        var t = Tok(i);
        return IsNeverName(i)
            || IsSentenceStart(i) && WordLists.IsCommonWord(t) && !WordLists.GivenNames.Contains(t);
    }

    private bool AllShouted(int p, int q)
    {
        for (var i = p; i < q; i++)
        {
            if (!SentenceShape.IsAcronym(Tok(i)))
                return false;
        }

        return true;
    }

    /// <summary>
    /// A person name's shape: 1–4 capitalised words, initials or particles, no head words. Right after a title a
    /// place head word may open the name: it is a surname there ("Defence Minister Park Jun-seo", "Governor Hill").
    /// </summary>
    /// <param name="placeFirst">The first word may be a place the gazetteer knows, read as a first name ("Aden Duale").</param>
    private bool IsPersonShape(int p, int q, bool titled = false, bool placeFirst = false)
    {
        if (q - p < 1 || q - p > 5)
            return false;
        for (var i = p; i < q; i++)
        {
            var t = Tok(i);
            if (SentenceShape.IsParticle(t) || SentenceShape.IsInitial(t))
                continue;
            if (!SentenceShape.IsCapitalizedWord(t) || IsNeverName(i) || WordLists.Calendar.Contains(t) && !IsNameWord(i)
                || WordLists.OrganizationHeads.Contains(t) || WordLists.CompanyHeads.Contains(t) || WordLists.LocationHeads.Contains(t) && !(titled && i == p)
                || _entryAt[i] is { } entry && entry.Kind != GazetteerKind.Title && !SentenceShape.IsInitial(Tok(i - 1)) && !(placeFirst && i == p)
                || t.Length > 2 && SentenceShape.IsAcronym(t) || !char.IsLetter(t[^1]) && t[^1] != '.')
                return false;
        }

        return true;
    }

    private bool HasPersonEvidence(int p, int q)
    {
        if (!IsPersonShape(p, q))
            return false;
        var single = q - p == 1;

        // Names have at least one word that is not an ordinary English word ("Regional Initiative" has none).
        if (!WordLists.GivenNames.Contains(Tok(p)) && AllCommon(p, q))
            return false;

        // "X said", "X also told", "X contributed" (one word before a speech verb may as well be a group: "Hamas said")
        var k = q;
        while (k < Count && k < q + 2 && WordLists.SpeechAdverbs.Contains(Tok(k)))
            k++;
        if (!single && WordLists.SpeechVerbs.Contains(Tok(k)))
            return true;

        // "…," said X.  /  asked X.
        var after = Tok(q);
        var closes = q >= Count || after is "," or "." or "?" or "!" or ";" or ":";
        if (closes && Tok(p - 1) is "said" or "says" or "asked" or "added" or "wrote")
            return true;
        if (Tok(p - 2) == "according" && Tok(p - 1) == "to" && !single)
            return true;

        // "X, the U.S. ambassador …" / "X, who …"
        if (after == "," && (Tok(q + 1) == "who" || RoleWithin(q + 1, q + 9, forward: true)))
            return true;

        // "the U.S. ambassador, X"
        if (Tok(p - 1) == "," && (closes || WordLists.SpeechVerbs.Contains(after)) && RoleWithin(p - 9, p - 1, forward: false))
            return true;

        // "NPR's Frank Langfitt"; not "Somalia's Lower Shabelle region", a place its noun names.
        if (!single && SentenceShape.IsPossessive(Tok(p - 1)) && !WordLists.LocationNouns.Contains(Tok(q)))
            return true;

        if (!single && Credited(p))
            return true;

        // "her Dutch counterpart Wim de Groot", "spokesman Juan de la Cruz": a name of two words or more right after a
        // lower-case role noun.
        if (!single && p > 0 && char.IsLower(Tok(p - 1)[0]) && WordLists.RoleNouns.Contains(Tok(p - 1)))
            return true;

        return !single && WordLists.GivenNames.Contains(Tok(p));
    }

    /// <summary>
    /// A credit line's names (annotation guidelines: journalists credited are persons): "(Reporting by A in Bishkek and
    /// B in Dushanbe; Editing by C)". The name follows "by", or "and" or a comma after one credited in the same part.
    /// </summary>
    private bool Credited(int p)
    {
        for (var i = p - 1; i > 0 && i > p - 12; i--)
        {
            var t = Tok(i);
            if (t == "by")
                return (i == p - 1 || Tok(p - 1) is "and" or ",") && WordLists.CreditWords.Contains(Tok(i - 1));
            if (t is ";" or "(" or ")" or "." or ":")
                return false;
        }

        return false;
    }

    /// <summary>
    /// A name of two words or more opened by a leader's first name (<see cref="WordLists.LeaderGivenNames"/>), no ordinary
    /// word after it ("Roman Empire", "Eden Gardens"): a person, where nothing says it is a place or a body.
    /// </summary>
    private bool HasLeadersForename(int p, int q) =>
        q - p > 1 && WordLists.LeaderGivenNames.Contains(Tok(p)) && IsPersonShape(p, q) && !AnyCommon(p + 1, q);

    private bool AnyCommon(int p, int q)
    {
        for (var i = p; i < q; i++)
        {
            if (WordLists.IsCommonWord(Tok(i)))
                return true;
        }

        return false;
    }

    private bool AllCommon(int p, int q)
    {
        for (var i = p; i < q; i++)
        {
            if (!WordLists.IsCommonWord(Tok(i)) && !SentenceShape.IsInitial(Tok(i)))
                return false;
        }

        return true;
    }

    /// <summary>A title or role noun among tokens [from, to), stopping at clause punctuation.</summary>
    private bool RoleWithin(int from, int to, bool forward)
    {
        from = Math.Max(from, 0);
        to = Math.Min(to, Count);
        for (var n = 0; n < to - from; n++)
        {
            var i = forward ? from + n : to - 1 - n;
            var t = Tok(i);
            if (t is "." or ";" or "(" or ")" || forward && t == "," && n > 0)
                return false;
            if (WordLists.RoleNouns.Contains(t) || _entryAt[i] is { Kind: GazetteerKind.Title }
                || WordLists.Honorifics.Contains(t) && !forward)
                return !forward || !ClosingSource(i + 1, to);
            if (char.IsUpper(t[0]) && WordLists.RoleNouns.Contains(t.ToLowerInvariant()))
                return !forward || !ClosingSource(i + 1, to);
        }

        return false;
    }

    /// <summary>
    /// "shelled Kafr Nabl, officials said": a role followed by a speech verb before any comma names the sentence's
    /// source, not the name before it (an apposition closes with a comma: "Ruiz, the foreign minister, said").
    /// </summary>
    private bool ClosingSource(int from, int to)
    {
        for (var i = from; i < Math.Min(to + 2, Count); i++)
        {
            var t = Tok(i);
            if (t is "," or "." or ";" or "(" or ")")
                return false;
            if (WordLists.SpeechVerbs.Contains(t))
                return true;
        }

        return false;
    }

    /// <summary>
    /// "in Raqqah", "near Tabqa", "near Al Bab": a short name of uncommon words after a place preposition. An Arabic
    /// article opening the name ("Al", "El") is a name particle, not the common word its lower case spells.
    /// </summary>
    /// <summary>
    /// A name of up to three words after a preposition only a place follows ("near", "outside", "towards"; not "in", which
    /// also opens "trust in X"), of no title, common word or acronym, and no one's possessor ("near Ana Ruiz's home").
    /// </summary>
    private bool IsPlaceBeyondDoubt(int p, int q) =>
        q - p <= 3 && p >= 1 && Tok(p - 1).ToLowerInvariant() is "near" or "outside" or "toward" or "towards" or "across" or "throughout"
        && !SentenceShape.IsPossessive(Tok(q)) && !WordLists.Honorifics.Contains(Tok(p)) && _entryAt[p] is not { Kind: GazetteerKind.Title }
        && !Enumerable.Range(p, q - p).Any(i => WordLists.IsCommonWord(Tok(i)) || SentenceShape.IsAcronym(Tok(i)));

    private bool IsConfidentPlace(int p, int q)
    {
        // "near Ana Ruiz's house": a possessor may be anyone; the name tagger decides.
        if (q - p > 3 || p < 1 || !WordLists.PlacePrepositions.Contains(Tok(p - 1).ToLowerInvariant()) || SentenceShape.IsPossessive(Tok(q)))
            return false;
        var first = q - p > 1 && WordLists.NameParticles.Contains(Tok(p).ToLowerInvariant()) ? p + 1 : p;
        for (var i = first; i < q; i++)
        {
            var t = Tok(i);
            if (WordLists.IsCommonWord(t) || WordLists.GivenNames.Contains(t) || SentenceShape.IsAcronym(t))
                return false;
        }

        return true;
    }

    /// <summary>
    /// "Russian-funded", "U.S.-led", "Ukraine-NATO", "pro-Russian": gazetteer names inside a hyphenated word; a country's
    /// combining form ("Franco-German", "Sino-US") where another part names a country.
    /// </summary>
    private bool TryHyphenParts(int i)
    {
        var token = _tokens[i];
        var text = token.Text;
        if (text.IndexOf('-') < 0)
            return false;
        var parts = new List<(int Start, int End, GazetteerEntry? Entry)>();
        var partStart = 0;
        for (var c = 0; c <= text.Length; c++)
        {
            if (c < text.Length && text[c] != '-')
                continue;
            if (c > partStart && char.IsUpper(text[partStart]))
                parts.Add((partStart, c, _gazetteer.Lookup(text[partStart..c]) is { Kind: not GazetteerKind.Title } entry ? entry : null));
            partStart = c + 1;
        }

        var country = parts.Exists(p => p.Entry?.Kind is GazetteerKind.Country or GazetteerKind.Demonym);
        var any = false;
        for (var k = 0; k < parts.Count; k++)
        {
            var (start, end, entry) = parts[k];
            if (entry is null && country && k + 1 < parts.Count && WordLists.CountryCombiningForms.TryGetValue(text[start..end], out var name))
                entry = _gazetteer.Lookup(name);
            if (entry is null)
                continue;
            any = true;
            _found.Add(new MentionCandidate(_sentence.Index, i, i + 1, token.Start + start, token.Start + end, text[start..end], CandidateKind.Known) { Entry = entry });
        }

        return any;
    }

    /// <summary>"Da’esh" is "Daesh": transliterations write the same name with and without an apostrophe.</summary>
    private bool TryWithoutApostrophe(int i)
    {
        var t = Tok(i);
        if (t.IndexOfAny(['\'', '\u2019']) < 0)
            return false;
        var entry = _gazetteer.Lookup(t.Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal));
        if (entry is null || entry.Kind == GazetteerKind.Title)
            return false;
        EmitKnown(i, i + 1, entry);
        return true;
    }

    // ---- pronouns and acronyms

    /// <summary>"He said …" at the start of a sentence, or "…," she added after a quote.</summary>
    private void FindPronouns()
    {
        for (var i = 0; i < Count; i++)
        {
            var t = Tok(i);
            if (t is not ("He" or "She" or "he" or "she"))
                continue;
            var subject = IsSentenceStart(i) && t[0] is 'H' or 'S'
                || i >= 1 && Tok(i - 1).Length == 1 && CharClass.IsClosingQuote(Tok(i - 1)[0])
                || i >= 2 && Tok(i - 1) == "," && Tok(i - 2).Length == 1 && CharClass.IsClosingQuote(Tok(i - 2)[0]);
            if (!subject)
                continue;
            var k = i + 1;
            while (k < Count && k < i + 3 && WordLists.SpeechAdverbs.Contains(Tok(k)))
                k++;
            if (WordLists.SpeechVerbs.Contains(Tok(k)))
                Emit(i, i + 1, CandidateKind.Pronoun);
        }
    }

    /// <summary>"the Islamic Revolutionary Guard Corps (IRGC)": the acronym names what stands before the brackets.</summary>
    private void LinkAcronyms()
    {
        for (var a = 0; a < _found.Count; a++)
        {
            var acronym = _found[a];
            if (acronym.EndToken - acronym.FirstToken != 1 || Tok(acronym.FirstToken - 1) != "(" || Tok(acronym.EndToken) != ")")
                continue;
            // "the Armed Forces of the Philippines (AFP)": words before the acronym that spell it and share none with the
            // body the gazetteer knows by it name another body, which the sentence abbreviates so.
            if (acronym.Kind == CandidateKind.Known && acronym.Entry is { } known && SpelledOutBefore(acronym) is int spelled
                // A body the gazetteer names only by the acronym ("KCNA") may be the one spelled out.
                && known.CanonicalName.Contains(' ') && Candidate(spelled, acronym.FirstToken - 1, CandidateKind.Organization) is var named
                && !SharesAWord(named.Text, known.CanonicalName))
            {
                // The words' own candidates ("Philippines") give way to the body; the list is sorted after the links.
                _found.RemoveAll(c => c.FirstToken >= spelled && c.EndToken <= acronym.FirstToken - 1);
                _found.Add(named);
                a = _found.FindIndex(c => c.FirstToken == acronym.FirstToken && c.EndToken == acronym.EndToken);
                _found[a] = acronym with { Kind = CandidateKind.Organization, Entry = null, Abbreviates = named };
                continue;
            }

            var longIndex = _found.FindIndex(c => c.EndToken == acronym.FirstToken - 1 && c.Kind != CandidateKind.Pronoun);
            if (longIndex < 0)
                continue;
            var longForm = _found[longIndex];

            if (acronym.Kind == CandidateKind.Known)
            {
                if (longForm.Kind is CandidateKind.Unknown or CandidateKind.Organization)
                    _found[longIndex] = longForm with { Kind = CandidateKind.Known, Entry = acronym.Entry };
                continue;
            }

            if (longForm.Kind is CandidateKind.Unknown)
                _found[longIndex] = longForm = longForm with { Kind = CandidateKind.Organization };
            if (longForm.Kind is CandidateKind.Organization or CandidateKind.Location or CandidateKind.Known)
                _found[a] = acronym with { Abbreviates = longForm };
        }
    }

    /// <summary>
    /// Where the capitalised words right before an acronym in parentheses start when their initials spell it (with "of",
    /// "the", "and" and "for" between them: "Armed Forces of the Philippines (AFP)"), or null.
    /// </summary>
    private int? SpelledOutBefore(MentionCandidate acronym)
    {
        var letters = Tok(acronym.FirstToken);
        var k = letters.Length - 1;
        var i = acronym.FirstToken - 2;
        var start = -1;
        while (i >= 0 && k >= 0)
        {
            var t = Tok(i);
            if (t is "of" or "the" or "and" or "for" && start >= 0)
            {
                i--;
                continue;
            }

            if (t.Length == 0 || !char.IsUpper(t[0]) || char.ToUpperInvariant(t[0]) != letters[k])
                return null;
            start = i;
            k--;
            i--;
        }

        return k < 0 && letters.Length >= 2 ? start : null;
    }

    /// <summary>Two names share a capitalised word ("Islamic Revolutionary Guard Corps" and "Revolutionary Guards" share "Revolutionary").</summary>
    private static bool SharesAWord(string a, string b)
    {
        var words = b.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return a.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsUpper(w[0]) && words.Contains(w));
    }

    /// <summary>"in Baghdad and Najaf": an untyped name listed with places is a place.</summary>
    private void TypeByCoordination()
    {
        for (var k = 0; k < _found.Count; k++)
        {
            var c = _found[k];
            if (c.Kind != CandidateKind.Unknown || c.EndToken - c.FirstToken > 2 || !IsUncommon(c.FirstToken, c.EndToken))
                continue;
            // A comma lists only when the list goes on after the name ("Raqqa, Tabqa and Manbij", not "Syria, Cook said").
            var before = Tok(c.FirstToken - 1);
            var listed = before is "and" or "or" || before == "," && Tok(c.EndToken) is "," or "and" or "or";
            var placeBefore = k > 0 && IsPlace(_found[k - 1]) && listed && _found[k - 1].EndToken == c.FirstToken - 1;
            var placeAfter = k + 1 < _found.Count && IsPlace(_found[k + 1]) && Tok(c.EndToken) is "and" or "or" or "," && _found[k + 1].FirstToken == c.EndToken + 1;
            if (placeBefore || placeAfter)
                _found[k] = c with { Kind = CandidateKind.Location };
        }
    }

    private static bool IsPlace(MentionCandidate c) =>
        c.Kind == CandidateKind.Location || c.Kind == CandidateKind.Known && c.Entry!.Kind is GazetteerKind.Location or GazetteerKind.Country;

    private bool IsUncommon(int p, int q)
    {
        for (var i = p; i < q; i++)
        {
            if (WordLists.IsCommonWord(Tok(i)) || WordLists.GivenNames.Contains(Tok(i)))
                return false;
        }

        return true;
    }

    // ---- output

    private void EmitKnown(int first, int end, GazetteerEntry entry)
    {
        if (entry.Kind == GazetteerKind.Title)
            return;
        var candidate = Candidate(first, end, CandidateKind.Known) with { Entry = entry };

        // "U.S.-led": the phrase ends inside its last token.
        if (first < _tokens.Count && _matchEnd[first] == end && _phraseEnd[first] is { } phraseEnd && phraseEnd < candidate.End)
            candidate = candidate with { End = phraseEnd, Text = candidate.Text[..(phraseEnd - candidate.Start)] };
        _found.Add(candidate);
    }

    private void Emit(int first, int end, CandidateKind kind, bool titled = false)
    {
        // "the" inside a name stays; a leading one does not.
        while (first < end && Tok(first) is "The" or "the")
            first++;
        if (first < end)
            _found.Add(Candidate(first, end, kind) with { Titled = titled });
    }

    private MentionCandidate Candidate(int first, int end, CandidateKind kind)
    {
        var start = _tokens[first].Start;
        var stop = _tokens[end - 1].End;
        var text = _sentence.Text.Substring(start - _sentence.Start, stop - start);
        return new MentionCandidate(_sentence.Index, first, end, start, stop, text, kind);
    }
}
