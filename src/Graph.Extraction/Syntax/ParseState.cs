namespace Graph.Extraction.Syntax;

/// <summary>
/// An arc-hybrid parser configuration over one sentence: word 0 is the root (at the bottom of the stack), words
/// 1..n the sentence. Keeps each word's head and relation as they are attached, and its two leftmost and two
/// rightmost children, which the features read. Reused across sentences to avoid allocating.
/// </summary>
internal sealed class ParseState
{
    public int[] Stack = [];
    public int Top;
    public int Next;
    public int Length;
    public int[] Heads = [];
    public int[] Labels = [];
    public int[] Left1 = [];
    public int[] Left2 = [];
    public int[] Right1 = [];
    public int[] Right2 = [];
    public int[] LeftCount = [];
    public int[] RightCount = [];
    public ulong[] LeftLabels = [];
    public ulong[] RightLabels = [];
    public ulong[] Words = [];
    public ulong[] Tags = [];
    public ulong[] Clusters = [];

    /// <summary>Empties the configuration for a sentence of <paramref name="length"/> words; the caller fills <see cref="Words"/>, <see cref="Tags"/> and <see cref="Clusters"/> (root first).</summary>
    public void Reset(int length)
    {
        Length = length;
        var size = length + 1;
        if (Heads.Length < size)
        {
            var capacity = Math.Max(size, Heads.Length * 2);
            Stack = new int[capacity];
            Heads = new int[capacity];
            Labels = new int[capacity];
            Left1 = new int[capacity];
            Left2 = new int[capacity];
            Right1 = new int[capacity];
            Right2 = new int[capacity];
            LeftCount = new int[capacity];
            RightCount = new int[capacity];
            LeftLabels = new ulong[capacity];
            RightLabels = new ulong[capacity];
            Words = new ulong[capacity];
            Tags = new ulong[capacity];
            Clusters = new ulong[capacity];
        }

        Array.Fill(Heads, -1, 0, size);
        Array.Fill(Labels, -1, 0, size);
        Array.Fill(Left1, -1, 0, size);
        Array.Fill(Left2, -1, 0, size);
        Array.Fill(Right1, -1, 0, size);
        Array.Fill(Right2, -1, 0, size);
        Array.Clear(LeftCount, 0, size);
        Array.Clear(RightCount, 0, size);
        Array.Clear(LeftLabels, 0, size);
        Array.Clear(RightLabels, 0, size);
        Stack[0] = 0;
        Top = 1;
        Next = 1;
    }

    /// <summary>Makes this configuration a copy of <paramref name="other"/> (a beam's configurations branch from one another).</summary>
    public void CopyFrom(ParseState other)
    {
        if (Heads.Length < other.Length + 1)
            Reset(other.Length);
        Length = other.Length;
        Top = other.Top;
        Next = other.Next;
        var size = Length + 1;
        Array.Copy(other.Stack, Stack, Top);
        Array.Copy(other.Heads, Heads, size);
        Array.Copy(other.Labels, Labels, size);
        Array.Copy(other.Left1, Left1, size);
        Array.Copy(other.Left2, Left2, size);
        Array.Copy(other.Right1, Right1, size);
        Array.Copy(other.Right2, Right2, size);
        Array.Copy(other.LeftCount, LeftCount, size);
        Array.Copy(other.RightCount, RightCount, size);
        Array.Copy(other.LeftLabels, LeftLabels, size);
        Array.Copy(other.RightLabels, RightLabels, size);
        Array.Copy(other.Words, Words, size);
        Array.Copy(other.Tags, Tags, size);
        Array.Copy(other.Clusters, Clusters, size);
    }

    public bool IsTerminal => Next > Length && Top == 1;

    public int S0 => Top >= 1 ? Stack[Top - 1] : -1;

    public int S1 => Top >= 2 ? Stack[Top - 2] : -1;

    public int S2 => Top >= 3 ? Stack[Top - 3] : -1;

    public int B(int k) => Next + k <= Length ? Next + k : -1;

    public bool IsValid(int transition) => transition switch
    {
        Transition.Shift => Next <= Length,
        Transition.Left => Next <= Length && Top >= 2,
        // Only the last word left on the stack goes to the root, so every tree has one root.
        _ => Top >= 2 && (Stack[Top - 2] != 0 || Next > Length),
    };

    /// <summary>
    /// The one valid transition, or -1 when there is a choice: shift while only the root is on the stack, right
    /// once the buffer is empty (the first step of every sentence and the last few).
    /// </summary>
    public int OnlyValid => Top == 1 ? Transition.Shift : Next > Length ? Transition.Right : -1;

    /// <summary>The head and dependent an arc transition would join.</summary>
    public (int Head, int Dependent) Arc(int transition) =>
        transition == Transition.Left ? (Next, Stack[Top - 1]) : (Stack[Top - 2], Stack[Top - 1]);

    public void Apply(int transition, int label)
    {
        if (transition == Transition.Shift)
        {
            Stack[Top++] = Next++;
            return;
        }

        var (head, dependent) = Arc(transition);
        Top--;
        Heads[dependent] = head;
        Labels[dependent] = label;
        if (dependent < head)
        {
            // Left children arrive right to left: the newest is the leftmost.
            Left2[head] = Left1[head];
            Left1[head] = dependent;
            LeftCount[head]++;
            LeftLabels[head] |= LabelBit(label);
        }
        else
        {
            Right2[head] = Right1[head];
            Right1[head] = dependent;
            RightCount[head]++;
            RightLabels[head] |= LabelBit(label);
        }
    }

    /// <summary>The set of a word's child relations is a bit mask (relations past 63 share the last bit).</summary>
    private static ulong LabelBit(int label) => 1UL << Math.Clamp(label, 0, 63);

    /// <summary>
    /// Gold arcs a transition makes unreachable (the dynamic oracle of Goldberg and Nivre 2013 for arc-hybrid).
    /// </summary>
    public int Cost(int transition, ReadOnlySpan<int> gold)
    {
        var cost = 0;
        var s0 = Stack[Top - 1];
        if (transition == Transition.Shift)
        {
            var b0 = Next;
            for (var k = 0; k < Top; k++)
            {
                var s = Stack[k];
                if (gold[s] == b0)
                    cost++;
                if (k < Top - 1 && gold[b0] == s)
                    cost++;
            }

            return cost;
        }

        for (var b = Next; b <= Length; b++)
        {
            if (gold[b] == s0)
                cost++;
        }

        var head = gold[s0];
        if (transition == Transition.Left)
        {
            if (head > Next || (Top >= 2 && head == Stack[Top - 2]))
                cost++;
        }
        else if (head >= Next)
        {
            cost++;
        }

        return cost;
    }
}
