using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// The persons of one article. Full names (two words or more) found with evidence define the persons; a
/// one-word name joins the only person with that surname, makes a person of its own when none has it, and
/// stays unresolved when several do.
/// </summary>
internal sealed class PersonDirectory
{
    private readonly List<Person> _persons = [];
    private readonly Dictionary<string, Person> _singles = new(StringComparer.Ordinal);

    // First words of full names the article gives as a Chinese or Korean person's ("Chinese Foreign Minister Wang Yi").
    private readonly HashSet<string> _familyNamesFirst = new(StringComparer.Ordinal);

    private PersonDirectory()
    {
    }

    public static PersonDirectory Build(Segmentation segmentation, IReadOnlyList<MentionCandidate> candidates)
    {
        var directory = new PersonDirectory();
        var forms = candidates
            .Where(c => c.Kind == CandidateKind.Person)
            .Select(c => PersonName.Words(c.Text))
            .Where(w => w.Count >= 2)
            .OrderByDescending(w => w.Count)
            .ThenByDescending(w => string.Join(' ', w).Length)
            .ThenBy(w => string.Join(' ', w), StringComparer.Ordinal);
        foreach (var words in forms)
        {
            var same = directory._persons.Where(p => p.Forms.Exists(f => PersonName.SamePerson(f, words))).ToList();
            if (same.Count == 1)
                same[0].Add(words);
            else if (same.Count == 0)
                directory._persons.Add(new Person(words));
        }

        foreach (var c in candidates)
        {
            if (c.Kind == CandidateKind.Person && PersonName.Words(c.Text) is { Count: >= 2 } words && OfAFamilyNameFirstState(c, segmentation.Sentences[c.Sentence].Tokens, candidates))
                directory._familyNamesFirst.Add(words[0]);
        }

        return directory;
    }

    /// <summary>
    /// States whose people English news names family name first: China and Taiwan, both Koreas ("Xi" for Xi Jinping,
    /// "Lee" for Lee Jae-myung). Japanese, Vietnamese and Singaporean names are mostly shortened to their last word.
    /// </summary>
    private static readonly HashSet<string> FamilyNameFirstStates = new(StringComparer.Ordinal) { "CN", "TW", "KP", "KR" };

    /// <summary>
    /// A person's name with such a state's name or adjective just before it, titles between ("China's top diplomat
    /// Wang Yi", "South Korean President Lee Jae-myung"), or opening an apposition after it ("Wang Yi, the Chinese
    /// foreign minister,").
    /// </summary>
    private static bool OfAFamilyNameFirstState(MentionCandidate person, IReadOnlyList<Token> tokens, IReadOnlyList<MentionCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Sentence != person.Sentence || c.Entry is not { Kind: GazetteerKind.Country or GazetteerKind.Demonym, Iso2: { } iso }
                || !FamilyNameFirstStates.Contains(iso))
                continue;
            if (c.EndToken <= person.FirstToken && person.FirstToken - c.EndToken <= 4 && AllTitleWords(tokens, c.EndToken, person.FirstToken))
                return true;
            if (person.EndToken < tokens.Count && tokens[person.EndToken].Text == "," && c.FirstToken > person.EndToken
                && c.FirstToken - person.EndToken <= 2)
                return true;
        }

        return false;
    }

    /// <summary>Tokens [from, to) are a possessive's "'s" and words of a title ("'s top diplomat", "Vice Premier").</summary>
    private static bool AllTitleWords(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var t = tokens[i].Text;
            if (t is not ("'s" or "\u2019s") && !char.IsUpper(t[0]) && !WordLists.RoleNouns.Contains(t)
                && !WordLists.TitleModifiers.Contains(char.ToUpperInvariant(t[0]) + t[1..]))
                return false;
        }

        return true;
    }

    /// <summary>The person a person candidate names, or null when a one-word name is ambiguous.</summary>
    public Person? Resolve(MentionCandidate candidate)
    {
        var words = PersonName.Words(candidate.Text);
        if (words.Count >= 2)
            return FindFull(words);
        var bySurname = BySurname(words[0]);
        if (bySurname.Count == 1)
            return bySurname[0];
        if (bySurname.Count > 1)
            return null;
        if (ByFamilyNameFirst(words[0], candidate.Titled) is { } familyFirst)
            return familyFirst;
        if (!_singles.TryGetValue(words[0], out var single))
            _singles[words[0]] = single = new Person(words);
        return single;
    }

    /// <summary>The person an untyped name repeats: a full form or the surname of exactly one person.</summary>
    public Person? ResolveRepeat(MentionCandidate candidate)
    {
        var words = PersonName.Words(candidate.Text);
        if (words.Count >= 2)
            return _persons.FirstOrDefault(p => p.Forms.Exists(f => PersonName.SamePerson(f, words)));
        var bySurname = BySurname(words[0]);
        if (bySurname.Count == 1)
            return bySurname[0];
        if (bySurname.Count == 0 && ByFamilyNameFirst(words[0], candidate.Titled) is { } familyFirst)
            return familyFirst;
        return bySurname.Count == 0 && _singles.TryGetValue(words[0], out var single) ? single : null;
    }

    private Person? FindFull(List<string> words) => _persons.FirstOrDefault(p => p.Forms.Exists(f => f.SequenceEqual(words)))
        ?? _persons.FirstOrDefault(p => p.Forms.Exists(f => PersonName.SamePerson(f, words)));

    /// <summary>
    /// "Kang" after "Kang Myong Sok": names written family name first (Korean, Chinese) are shortened to their
    /// first word. Only when exactly one person's name starts with it and it is not a common given name ("John"),
    /// unless a title precedes it ("President Isaias" after "Isaias Afwerki": given name and father's name, the
    /// Eritrean and Ethiopian usage) or the article gives the person as Chinese or Korean ("Wang" after "Chinese
    /// Foreign Minister Wang Yi": the name lists, made from news, hold "Wang" and "Lee" among first words).
    /// </summary>
    private Person? ByFamilyNameFirst(string word, bool titled)
    {
        if (!titled && WordLists.GivenNames.Contains(word) && !_familyNamesFirst.Contains(word))
            return null;
        var starting = _persons.Where(p => p.Forms.Exists(f => f[0] == word)).ToList();
        return starting.Count == 1 ? starting[0] : null;
    }

    /// <summary>
    /// The persons a one-word name is the surname of. A name after "bin", "ibn" or "bint" ("son/daughter of") is the
    /// father's: "King Salman" is not "Mohammed bin Salman".
    /// </summary>
    private List<Person> BySurname(string word) =>
        _persons.Where(p => p.Forms.Exists(f => MatchesSurname(PersonName.Surname(f), word) && !AfterPatronymicParticle(f))).ToList();

    private static bool AfterPatronymicParticle(List<string> form) =>
        form.Count >= 3 && form[^2].ToLowerInvariant() is "bin" or "ibn" or "bint" or "ben";

    /// <summary>"Thomas-Greenfield" is the surname of "Linda Thomas-Greenfield"; "Abadi" that of "Haider al-Abadi".</summary>
    private static bool MatchesSurname(string surname, string word) =>
        surname == word || surname.Length > word.Length + 1 && surname.EndsWith(word, StringComparison.Ordinal) && surname[^(word.Length + 1)] == '-';
}

/// <summary>One person of an article: every full form seen; the canonical name is the longest.</summary>
internal sealed class Person
{
    public Person(List<string> words) => Forms = [words];

    public List<List<string>> Forms { get; }

    public string Name => Forms.Select(f => string.Join(' ', f)).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First();

    public void Add(List<string> words)
    {
        if (!Forms.Exists(f => f.SequenceEqual(words)))
            Forms.Add(words);
    }
}
