using Graph.Core.Model;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Roles;

/// <summary>The role patterns over one sentence's tokens and resolved mentions.</summary>
internal sealed class SentenceRoles
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "his", "her", "its", "their" };
    /// <summary>Role nouns that name a member of the forces, part of a rank rather than an office ("Marine General X").</summary>
    private static readonly HashSet<string> ServiceMembers = new(StringComparer.OrdinalIgnoreCase)
    {
        "marine", "soldier", "officer", "airman", "sailor", "general", "captain", "sergeant", "colonel", "lieutenant", "major", "specialist",
    };

    private static readonly HashSet<string> CreditVerbs = new(StringComparer.Ordinal) { "contributed", "reported" };

    private readonly IGazetteer _gazetteer;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<ResolvedMention> _mentions;
    private readonly ResolvedMention?[] _mentionAt;
    private readonly ResolvedMention?[] _mentionEndingAt;
    private readonly GazetteerMatch?[] _titleEndingAt;
    private readonly Func<int, string?> _uposOf;
    private readonly Func<int, bool> _opensSubject;
    private readonly Func<int, bool> _inFrontedPhrase;

    /// <param name="gazetteer">Titles and names.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="mentions">Its resolved mentions.</param>
    /// <param name="uposOf">The tagger's part of speech of a token, null where the sentence was not parsed.</param>
    /// <param name="opensSubject">Whether the parse reads the phrase a token opens as a clause's subject (false where unparsed).</param>
    /// <param name="inFrontedPhrase">Whether the parse reads a token as inside a phrase fronted before its clause's subject (false where unparsed).</param>
    public SentenceRoles(IGazetteer gazetteer, Sentence sentence, IReadOnlyList<ResolvedMention> mentions, Func<int, string?> uposOf, Func<int, bool> opensSubject,
        Func<int, bool> inFrontedPhrase)
    {
        _gazetteer = gazetteer;
        _uposOf = uposOf;
        _opensSubject = opensSubject;
        _inFrontedPhrase = inFrontedPhrase;
        _tokens = sentence.Tokens;
        _mentions = mentions;
        _mentionAt = new ResolvedMention?[_tokens.Count + 1];
        _mentionEndingAt = new ResolvedMention?[_tokens.Count + 1];
        _titleEndingAt = new GazetteerMatch?[_tokens.Count + 1];
        foreach (var m in mentions)
        {
            _mentionAt[m.FirstToken] ??= m;
            _mentionEndingAt[m.EndToken] = m;
        }

        foreach (var match in gazetteer.Match(_tokens))
        {
            if (match.Entry.Kind == GazetteerKind.Title)
                _titleEndingAt[match.EndToken] = match;
        }
    }

    private string Tok(int i) => i >= 0 && i < _tokens.Count ? _tokens[i].Text : "";

    public IEnumerable<(string Person, string Title, string Target)> Find()
    {
        string? mediaOutlet = null;
        foreach (var m in _mentions)
        {
            if (m.Type != EntityType.Person)
                continue;
            if (TitleBefore(m) is { } before)
                yield return (m.EntityId, before.Title, before.Target);
            else if ((TitleBeforeComma(m) ?? TitleOfOwnerBefore(m)) is { } set)
                yield return (m.EntityId, set.Title, set.Target);
            if (Apposition(m) is { } after)
                yield return (m.EntityId, after.Title, after.Target);
            if (MediaPossessor(m.FirstToken) is { } outlet)
            {
                mediaOutlet = outlet;
                yield return (m.EntityId, RoleExtractor.JournalistTitle, outlet);
            }
        }

        // A credit line: "Outlet's A contributed …; B contributed …" — B writes for the same outlet.
        if (mediaOutlet is null)
            yield break;
        foreach (var m in _mentions)
        {
            if (m.Type == EntityType.Person && CreditVerbs.Contains(Tok(m.EndToken)))
                yield return (m.EntityId, RoleExtractor.JournalistTitle, mediaOutlet);
        }
    }

    // ---- "[X's | Demonym | Country] Title Name"

    private (string Title, string Target)? TitleBefore(ResolvedMention person)
    {
        // "army spokesman Rear Admiral X", "army chief General X", "Saudi Foreign Minister Prince X": a rank or a royal
        // title between an office and the name; the office with its owner is the role, else the rank is read as any title.
        if (_titleEndingAt[person.FirstToken] is { Entry.Category: "military" or "royal" } rank && rank.FirstToken > 0 && IsRoleWord(Tok(rank.FirstToken - 1))
            && !ServiceMembers.Contains(Tok(rank.FirstToken - 1)) && TitleBefore(rank.FirstToken) is { } office)
            return office;
        return TitleBefore(person.FirstToken) ?? SharedOwner(person) ?? PostingBefore(person);
    }

    /// <summary>
    /// "Kuwait's Ambassador to Cyprus X", "India's High Commissioner to Pakistan X": the place an envoy is posted to,
    /// between the title and the name; the role is the sender's.
    /// </summary>
    private (string Title, string Target)? PostingBefore(ResolvedMention person) =>
        _mentionEndingAt[person.FirstToken] is { Type: EntityType.Country or EntityType.Organization } posting && Tok(posting.FirstToken - 1) == "to"
        && TitleEndingAt(posting.FirstToken - 1) is { } title && IsPosting(title.Start)
            ? TitleBefore(posting.FirstToken - 1)
            : null;

    /// <summary>
    /// "Iraqi Prime Minister X and Foreign Minister Y": a minister's bare title joined to a leader's or minister's owned
    /// one shares its owner (one government named once); not a head's title ("US President X and Prime Minister Y" may
    /// name another country's premier), nor one with an owner after the name ("… and Foreign Minister Y of Turkey").
    /// </summary>
    private (string Title, string Target)? SharedOwner(ResolvedMention person)
    {
        if (_titleEndingAt[person.FirstToken] is not { Entry.Category: "minister" } title || title.FirstToken < 2 || Tok(title.FirstToken - 1) != "and"
            || Tok(person.EndToken) is "of" or "for" or "from" || _mentionEndingAt[title.FirstToken - 1] is not { Type: EntityType.Person } first
            || _titleEndingAt[first.FirstToken] is not { Entry.Category: "minister" or "head-of-state" or "head-of-government" }
            || TitleBefore(first) is not { } owned || TitleEndingAt(person.FirstToken) is not { } own)
            return null;
        return (own.Title, owned.Target);
    }

    /// <summary>The title ending right before <paramref name="end"/>, with its owner.</summary>
    private (string Title, string Target)? TitleBefore(int end)
    {
        var title = TitleEndingAt(end);
        if (title is null)
            return null;
        var (start, text) = title.Value;
        var target = OwnerOfTitle(start, end);
        if (target is null && DescribedOwner(start) is { } described)
            return (TitleText(Phrase(described.TitleStart, end)), described.Target);
        return target is null ? null : (text, target);
    }

    /// <summary>
    /// "received Prime Minister of Bhutan Tshering Dorji", "President of the Republic of Belarus X": a title with "of" and
    /// its owner right before the name (the word order of many official readouts).
    /// </summary>
    private (string Title, string Target)? TitleOfOwnerBefore(ResolvedMention person)
    {
        if (_mentionEndingAt[person.FirstToken] is not { Type: EntityType.Country or EntityType.Organization } owner)
            return null;
        var of = owner.FirstToken - (Tok(owner.FirstToken - 1) == "the" ? 2 : 1);
        return Tok(of) == "of" && TitleEndingAt(of) is { } title && _titleEndingAt[of] is not { Entry.IsHonorific: true } ? (title.Title, owner.EntityId) : null;
    }

    /// <summary>"Eritrean President, Isaias Afwerki, arrived": an owned title set off from the name by a comma.</summary>
    private (string Title, string Target)? TitleBeforeComma(ResolvedMention person)
    {
        // "Qatar's prime minister, Sheikh Hamad bin Khalid": an honorific may open the name.
        var comma = _titleEndingAt[person.FirstToken] is { Entry.IsHonorific: true } honorific ? honorific.FirstToken - 1 : person.FirstToken - 1;
        // "his Russian counterpart, X" says whose equal X is, not X's title (ParseRoles.Counterparts reads it).
        // Nor "other Iraqi officials, Mr. X": a plural is no one person's title.
        // "The Minister of Foreign Affairs of Senegal, Yassine Fall": the title's owner after "of", before the comma.
        if (Tok(comma) == "," && _mentionEndingAt[comma] is { Type: EntityType.Country or EntityType.Organization } owner
            && owner.FirstToken - (Tok(owner.FirstToken - 1) == "the" ? 2 : 1) is var of && Tok(of) == "of"
            && TitleEndingAt(of) is { } owned && _titleEndingAt[of] is not { Entry.IsHonorific: true }
            && !(_inFrontedPhrase(owned.Start) && _uposOf(0) is "ADP" or "SCONJ" && !AfterComma(owned.Start)))
            return (owned.Title, owner.EntityId);
        if (Tok(comma) != "," || Tok(comma - 1).ToLowerInvariant() is "counterpart" or "counterparts" || TitleEndingAt(comma) is not { } title
            || Tok(comma - 1) is { Length: > 3 } last && char.IsLower(last[0]) && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal))
            return null;
        // "Unlike Pakistan's president, Mr. Singh did not …": a title inside a phrase with a preposition fronted before the
        // name describes someone else (a dateline before it does not: "Ena December 25 – Eritrean President, X, …").
        var target = OwnerOfTitle(title.Start, comma);
        return target is null || _inFrontedPhrase(title.Start) && _uposOf(0) is "ADP" or "SCONJ" && !AfterComma(title.Start) ? null : (title.Title, target);
    }

    /// <summary>Whether the phrase of a title (its owner and article included) opens after a comma ("In a statement, the OIC's secretary-general, X").</summary>
    private bool AfterComma(int titleStart)
    {
        var start = titleStart;
        if (SentenceShape.IsPossessive(Tok(start - 1)))
            start--;
        if (_mentionEndingAt[start] is { Type: EntityType.Country or EntityType.Organization } owner)
            start = owner.FirstToken;
        if (Determiners.Contains(Tok(start - 1)))
            start--;
        return Tok(start - 1) == ",";
    }

    /// <summary>
    /// A person with a title of a state office and no owner before it ("Prime Minister X met the Saudi king"): the
    /// article's context may say whose office it is (<see cref="ContextRoles"/>).
    /// </summary>
    public IEnumerable<(ResolvedMention Person, string Title, bool Secondary)> UnqualifiedStateTitles()
    {
        foreach (var m in _mentions)
        {
            if (m.Type != EntityType.Person || TitleEndingAt(m.FirstToken) is not { } title || TitleBefore(m) is not null)
                continue;
            // "adviser to the President X" names the adviser's principal, not X's office.
            if (_mentionAt[title.Start] is { Type: EntityType.Country or EntityType.Organization } || Tok(title.Start - 1) == "the" && Tok(title.Start - 2) is "to" or "of" or "for")
                continue;
            // "Hong Kong Chief Executive X", "Greenland's premier X": the office of a place that is no state (nor a capital,
            // which stands for its state: "Dhaka's Foreign Minister"), which the context must not hand to a state.
            if (_mentionEndingAt[SentenceShape.IsPossessive(Tok(title.Start - 1)) ? title.Start - 1 : title.Start] is { Type: EntityType.Location } place
                && _gazetteer.CapitalOf(place.EntityId) is null)
                continue;
            // "Commission President X", "Bank President X": the office of a body the word before names, no state's.
            if (title.Start > 0 && _mentionAt[title.Start - 1] is null && Tok(title.Start - 1) is [>= 'A' and <= 'Z', ..] bodyWord && BodyWords.Contains(bodyWord))
                continue;
            if (StateOffice(title.Title) is { } rank)
                yield return (m, title.Title, rank);
            // "foreign ministry spokesman Liu Wen": a spokesperson of a state body named in lower case before the title.
            else if (StateBodyBefore(title.Start) is { } body && StateOffice(Phrase(body, title.Start) + " " + title.Title) is true)
                yield return (m, TitleText(Phrase(body, m.FirstToken)), true);
        }
    }

    /// <summary>English nouns that head the names of bodies other than states' governments (the kinds of institution of <c>SubjectCoreference</c>'s descriptions, with banks, funds and agencies).</summary>
    private static readonly HashSet<string> BodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "commission", "council", "committee", "court", "bank", "fund", "agency", "board", "party", "alliance", "group", "company",
        "corporation", "federation", "organisation", "organization", "university", "league", "forum",
    };

    /// <summary>Where up to two lower-case words before a title that name a state body start ("foreign ministry"), or null.</summary>
    private int? StateBodyBefore(int titleStart)
    {
        for (var i = titleStart - 1; i >= 0 && i >= titleStart - 2 && LowerCase(i); i--)
        {
            if (StateBodyWords.Contains(Tok(i)))
                return i > 0 && LowerCase(i - 1) && _uposOf(i - 1) == "ADJ" ? i - 1 : i;
        }

        return null;
    }

    /// <summary>A word in lower case, but for the capital that opens a sentence.</summary>
    private bool LowerCase(int i) => Tok(i) is { Length: > 1 } t && (char.IsLower(t[0]) || i == 0) && t[1..].All(char.IsLower);

    /// <summary>English words of a state's bodies that make a spokesperson's title a state office.</summary>
    private static readonly HashSet<string> StateBodyWords = new(StringComparer.OrdinalIgnoreCase) { "ministry", "government", "presidential", "cabinet", "presidency" };

    /// <summary>Whether the title is an office of a state: null where it is not, true for a military rank ("General X") or a body's spokesperson, false for the others.</summary>
    private bool? StateOffice(string title)
    {
        var entry = _gazetteer.Lookup(title) ?? _gazetteer.Lookup(title[(title.LastIndexOf(' ') + 1)..]);
        return entry is not { Kind: GazetteerKind.Title } ? null : entry.Category switch
        {
            "head-of-state" or "head-of-government" or "minister" or "royal" => false,
            "military" => true,
            // "foreign ministry spokesman X", "government spokeswoman X": a state body's spokesperson, whose state only its
            // sentence says (a spokesperson is as often a foreign one's).
            "spokesperson" when title.Split(' ').Any(w => StateBodyWords.Contains(w)) => true,
            _ => null,
        };
    }

    /// <summary>
    /// An owner named before words that describe the office in lower case: "White House national security
    /// spokesman X", "Russia's foreign ministry spokeswoman X" (the title is the described office).
    /// </summary>
    private (int TitleStart, string Target)? DescribedOwner(int titleStart)
    {
        var i = titleStart;
        for (var words = 0; words < 3 && i > 0; words++)
        {
            var t = Tok(i - 1);
            if (_uposOf(i - 1) is not ("ADJ" or "NOUN") || t.Length < 2 || !t.All(char.IsLower))
                break;
            i--;
        }

        if (i == titleStart)
            return null;
        var end = SentenceShape.IsPossessive(Tok(i - 1)) ? i - 1 : i;
        // "Iran's visiting foreign minister", "Germany's new chancellor": words of where or how the holder is, not the office.
        var start = i;
        while (start < titleStart && HolderWords.Contains(Tok(start)))
            start++;
        return _mentionEndingAt[end] is { Type: EntityType.Country or EntityType.Organization } owner ? (start, owner.EntityId) : null;
    }

    /// <summary>English adjectives of the holder's circumstances, not of the office.</summary>
    private static readonly HashSet<string> HolderWords = new(StringComparer.Ordinal) { "visiting", "new", "incoming", "outgoing", "embattled", "veteran" };

    /// <summary>The title phrase that ends right before token <paramref name="end"/>, with its modifiers ("Deputy Interior Minister").</summary>
    private (int Start, string Title)? TitleEndingAt(int end)
    {
        int start;
        // "Supreme Leader Ayatollah Ali Khamenei", "Qatar's Emir Sheikh Tamim": a religious title or an honorific between an
        // office and the name; the office is the role.
        if (_titleEndingAt[end] is { Entry.Category: "religious" or "honorific" } religious && religious.FirstToken > 0
            && _titleEndingAt[religious.FirstToken] is { Entry.IsHonorific: false, Entry.Category: not "religious" })
            return TitleEndingAt(religious.FirstToken);
        if (_titleEndingAt[end] is { } match)
            start = match.FirstToken;
        // "his Turkish counterpart Recep Tayyip Erdogan" says whose equal he is, not his title (ParseRoles.Counterparts reads it).
        else if (Tok(end - 1).ToLowerInvariant() is "counterpart" or "counterparts")
            return null;
        else if (end > 0 && IsRoleWord(Tok(end - 1)))
            start = end - 1;
        else if (PortfolioTitleStart(end) is { } portfolio)
            start = portfolio;
        else
            return null;

        // A title phrase that opens with its owner ("U.S. Secretary of State"): the title is what follows it.
        var owner = _mentionAt[start];
        if (owner is not null && owner.EndToken < end && owner.Type is EntityType.Country or EntityType.Organization)
            return (start, TitleText(Phrase(owner.EndToken, end)));
        var core = Phrase(start, end);
        if (_titleEndingAt[end] is { Entry.IsHonorific: true } || IsHonorificOnly(core))
            return null;
        // "arrested former prime minister X", "ex-finance minister X": an office held once, in lower case too.
        while (start > 0 && _mentionEndingAt[start] is null && _titleEndingAt[start] is null
               && (WordLists.TitleModifiers.Contains(Tok(start - 1)) || IsTitleQualifier(start - 1) || Tok(start - 1) == "former"
                   || Tok(start - 1).Length > 3 && Tok(start - 1).StartsWith("ex-", StringComparison.OrdinalIgnoreCase)))
            start--;
        // "Former Pakistani prime minister X": "former" before the owner is the title's, as in "Pakistan's former prime minister".
        if (_mentionEndingAt[start] is { Type: EntityType.Country or EntityType.Organization } before && before.FirstToken > 0
            && Tok(before.FirstToken - 1) is "Former" or "former")
            return (start, TitleText("Former " + Phrase(start, end)));
        return (start, TitleText(Phrase(start, end)));
    }

    /// <summary>
    /// "Special Envoy for Syria X", "High Commissioner for Human Rights X": where a title starts whose portfolio, after "for"
    /// or "on" and in capitals, ends right before <paramref name="end"/>; null where none does.
    /// </summary>
    private int? PortfolioTitleStart(int end)
    {
        // A portfolio ends in a word of its own, not in "and" (whose next word the name took).
        if (Tok(end - 1) == "and")
            return null;
        for (var k = end - 1; k >= 1 && k >= end - 5; k--)
        {
            // "Minister of Industry and Trade X": a portfolio after "of" names no owner ("President of Chile X" does).
            if (Tok(k) is "for" or "on" or "of")
                return k < end - 1 && _titleEndingAt[k] is { Entry.IsHonorific: false } title
                    && (Tok(k) != "of" || Enumerable.Range(k + 1, end - k - 1).All(i => _mentionAt[i] is null)) ? title.FirstToken : null;
            // "Minister of Economy and Finance X", the gazetteer knowing "Minister of Economy": its portfolio goes on after "and".
            if (Tok(k) == "and" && k < end - 1 && _titleEndingAt[k] is { Entry.IsHonorific: false } portfolio
                && Enumerable.Range(portfolio.FirstToken + 1, k - portfolio.FirstToken - 1).Any(i => Tok(i) is "of" or "for"))
                return portfolio.FirstToken;
            if (!SentenceShape.IsCapitalizedWord(Tok(k)) && Tok(k) != "and")
                return null;
        }

        return null;
    }

    /// <summary>A capitalised word glued to a title that is neither a name nor a gazetteer phrase ("Interior" in "Interior Minister").</summary>
    private bool IsTitleQualifier(int i)
    {
        var t = Tok(i);
        return SentenceShape.IsCapitalizedWord(t) && !SentenceShape.IsAcronym(t) && _mentionAt[i] is null && !t.EndsWith('.')
            && i > 0 && (WordLists.TitleModifiers.Contains(Tok(i - 1)) || _mentionEndingAt[i] is not null || SentenceShape.IsPossessive(Tok(i - 1)) || Determiners.Contains(Tok(i - 1)));
    }

    /// <summary>The owner a title phrase opens with ("U.S. Secretary of State" before <paramref name="end"/>), or the one right before it.</summary>
    private string? OwnerOfTitle(int titleStart, int end) =>
        _mentionAt[titleStart] is { Type: EntityType.Country or EntityType.Organization } owner && owner.EndToken < end
            ? SenderBefore(owner) ?? owner.EntityId
            : TargetBefore(titleStart);

    /// <summary>"Russia's UN ambassador X", "Russian UN Ambassador X": the state before a body that opens a posting's title sends the holder.</summary>
    private string? SenderBefore(ResolvedMention body)
    {
        if (body.Type != EntityType.Organization || !IsPosting(body.EndToken))
            return null;
        var before = SentenceShape.IsPossessive(Tok(body.FirstToken - 1)) ? body.FirstToken - 1 : body.FirstToken;
        return _mentionEndingAt[before] is { Type: EntityType.Country } sender ? sender.EntityId : null;
    }

    /// <summary>The country or organisation right before a title: "Hungary's", "Russian", "U.S.", "NATO".</summary>
    private string? TargetBefore(int titleStart)
    {
        var i = titleStart;
        if (SentenceShape.IsPossessive(Tok(i - 1)))
            i--;
        // "the International Atomic Energy Agency (IAEA) chief X": the body's acronym in parentheses stands between.
        else if (Tok(i - 1) == ")" && Tok(i - 3) == "(" && SentenceShape.IsAcronym(Tok(i - 2)))
            i -= 3;
        if (_mentionEndingAt[i] is { } m && m.Type is EntityType.Country or EntityType.Organization)
        {
            // "Central Bank of Nigeria governor X": a state after "of" closes the name of the body before it, the owner.
            if (m is { Type: EntityType.Country, Kind: MentionKind.Name } && Tok(m.FirstToken - 1) == "of"
                && _mentionEndingAt[m.FirstToken - 1] is { Type: EntityType.Organization, Kind: MentionKind.Name } body)
                return body.EntityId;
            // "Russia's UN ambassador X", "the Russian EU envoy": a state's envoy to a body; the body is the posting.
            return SenderBefore(m) ?? m.EntityId;
        }

        // "his Russian counterpart, Foreign Minister Sergey Lavrov"; but not "Speaking after talks with his Kenyan
        // counterpart, President X said", where the parse reads the titled name as the subject after a fronted phrase.
        if (Tok(titleStart - 1) == "," && IsRoleWord(Tok(titleStart - 2)) && _mentionEndingAt[titleStart - 2] is { } c
            && c.Type is EntityType.Country or EntityType.Organization && !_opensSubject(titleStart))
            return c.EntityId;
        return null;
    }

    /// <summary>Whether the title phrase opening at the token is one of a posting to another party: an ambassador, envoy or representative.</summary>
    private bool IsPosting(int titleStart)
    {
        for (var k = titleStart; k < titleStart + 3 && k < _tokens.Count; k++)
        {
            if (Tok(k) is var t && (t.Equals("ambassador", StringComparison.OrdinalIgnoreCase) || t.Equals("envoy", StringComparison.OrdinalIgnoreCase)
                || t.Equals("representative", StringComparison.OrdinalIgnoreCase)
                // A Commonwealth state's ambassador to another is its High Commissioner.
                || t.Equals("commissioner", StringComparison.OrdinalIgnoreCase) && Tok(k - 1).Equals("high", StringComparison.OrdinalIgnoreCase)))
                return true;
        }

        return false;
    }

    // ---- "Name, the [U.S.] Title [to the X | of X]"

    private (string Title, string Target)? Apposition(ResolvedMention person)
    {
        var i = person.EndToken;
        if (Tok(i) != ",")
            return null;
        i++;
        if (Determiners.Contains(Tok(i)))
            i++;
        string? target = null;
        if (_mentionAt[i] is { } owner && owner.Type is EntityType.Country or EntityType.Organization)
        {
            target = owner.EntityId;
            i = owner.EndToken;
            if (SentenceShape.IsPossessive(Tok(i)))
                i++;
        }

        var titleStart = i;
        var titleEnd = TitleEnd(titleStart);
        if (titleEnd <= titleStart)
            return null;
        var title = Phrase(titleStart, titleEnd);
        // "Ana Ruiz, the Chilean president's closest adviser": a title that owns the noun after it is someone else's.
        if (IsHonorificOnly(title) || SentenceShape.IsPossessive(Tok(titleEnd)))
            return null;
        // "Chilean President Ricardo Lagos, Venezuela's President Hugo Chavez and …": a title a name follows is that name's, the
        // next item of a list.
        if (_mentionAt[titleEnd] is { Type: EntityType.Person } || _mentionAt[titleStart] is { Type: EntityType.Person } named && named.EndToken > titleEnd)
            return null;
        // "In a post on X, Peru's president wrote …": where the parse reads the title as a clause's subject and the name
        // inside a phrase fronted before it, the comma closes that phrase; it sets off no apposition.
        if (_opensSubject(titleEnd - 1) && _inFrontedPhrase(person.FirstToken))
            return null;
        // "… with Wang, a White House official said": a title its speech verb follows is the source of the sentence.
        if (WordLists.SpeechVerbs.Contains(Tok(titleEnd)) || WordLists.SpeechAdverbs.Contains(Tok(titleEnd)) && WordLists.SpeechVerbs.Contains(Tok(titleEnd + 1)))
            return null;

        // "… to the United Nations" completes the title; "… of U.S. Central Command" names the target.
        if (Tok(titleEnd) is "to" or "of" or "at" or "for")
        {
            var k = titleEnd + 1;
            if (Tok(k) == "the")
                k++;
            if (_mentionAt[k] is { } complement && complement.Type is EntityType.Country or EntityType.Organization)
            {
                // "the commander of Sudan's Rapid Support Forces": the body the country owns is the title's.
                if (SentenceShape.IsPossessive(Tok(complement.EndToken)) && _mentionAt[complement.EndToken + 1] is { Type: EntityType.Organization } owned)
                    complement = owned;
                if (target is null)
                    target = complement.EntityId;
                else
                    title = Phrase(titleStart, complement.EndToken);
            }
        }

        if (target is null)
            return null;
        return (TitleText(title), target);
    }

    /// <summary>The end of a title phrase starting at <paramref name="start"/>: a gazetteer title or role word, with modifiers before it.</summary>
    private int TitleEnd(int start)
    {
        var i = start;
        while (i < _tokens.Count && i < start + 4)
        {
            for (var e = Math.Min(_tokens.Count, i + 6); e > i; e--)
            {
                if (_titleEndingAt[e] is { } m && m.FirstToken == i)
                    return e;
            }

            if (IsRoleWord(Tok(i)))
                return i + 1;
            if (!(WordLists.TitleModifiers.Contains(Tok(i)) || WordLists.TitleModifiers.Contains(SentenceShape.TitleCase(Tok(i)))
                  || SentenceShape.IsCapitalizedWord(Tok(i)) && _mentionAt[i] is null))
                return start;
            i++;
        }

        return start;
    }

    // ---- "NPR's Frank Langfitt"

    private string? MediaPossessor(int personStart)
    {
        if (!SentenceShape.IsPossessive(Tok(personStart - 1)) || _mentionEndingAt[personStart - 1] is not { } owner)
            return null;
        if (owner.Type != EntityType.Organization)
            return null;
        var entry = _gazetteer.Lookup(owner.Text);
        return entry?.Category == "media" ? owner.EntityId : null;
    }

    // ---- helpers

    /// <summary>A noun of a role a person holds; kinship is none ("the sister of the leader").</summary>
    private static bool IsRoleWord(string t) =>
        (WordLists.RoleNouns.Contains(t) || t.Length > 1 && char.IsUpper(t[0]) && WordLists.RoleNouns.Contains(t.ToLowerInvariant())
            || OfficeOnceHeld(t) is { } office && IsRoleWord(office))
        && !WordLists.Kinship.Contains(t.ToLowerInvariant());

    /// <summary>The office of "ex-president", "then-minister" (one word, an office held once or at the time told), or null.</summary>
    private static string? OfficeOnceHeld(string t) =>
        t.Length > 5 && (t.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) || t.StartsWith("then-", StringComparison.OrdinalIgnoreCase))
            ? t[(t.IndexOf('-') + 1)..]
            : null;

    private static bool IsHonorificOnly(string title) =>
        title is "Mr." or "Mrs." or "Ms." or "Dr." or "Mr" or "Mrs" or "Ms" or "Dr" or "Sir" or "Dame" or "Madam" or "HE";

    private string TitleText(string phrase) => RoleTitle.Of(_gazetteer, phrase);

    private string Phrase(int start, int end)
    {
        var parts = new string[end - start];
        for (var i = start; i < end; i++)
            parts[i - start] = _tokens[i].Text;
        return string.Join(' ', parts);
    }
}
