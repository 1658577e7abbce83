namespace Graph.Extraction.Syntax.Training;

/// <summary>
/// Brown clustering (Brown et al. 1992) as Liang (2005) runs it: words in order of frequency enter a window of
/// <c>C</c> active clusters one at a time, and after each the two clusters whose merge loses the least average
/// mutual information between neighbouring clusters are merged; when no words are left the last C clusters
/// are merged down to one, and that tree gives each cluster a bit string (0 for the left branch). Words of a
/// cluster share its bit string, so similar words (by their neighbours in running text) share long prefixes.
/// O(V·C²) for V words: each step updates every pair's loss by the few terms that changed. Single-threaded with
/// fixed orders and ties broken by slot: the same sentences give the same clusters.
/// </summary>
public static class BrownClustering
{
    /// <summary>The clusters of the words seen at least <paramref name="minCount"/> times in <paramref name="sentences"/>.</summary>
    /// <param name="sentences">Sentences of words, already normalised (the caller lowercases them).</param>
    /// <param name="clusters">The size of the window of active clusters: the number of distinct bit strings.</param>
    public static WordClusters Run(IEnumerable<IReadOnlyList<string>> sentences, int clusters, int minCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(clusters, 2);
        var text = sentences.ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in text)
        {
            foreach (var w in s)
                counts[w] = counts.GetValueOrDefault(w) + 1;
        }

        // Most frequent first; equal counts in ordinal order, so the order does not depend on the dictionary.
        var vocabulary = counts.Where(p => p.Value >= minCount).OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        if (vocabulary.Length == 0)
            return WordClusters.None;
        var index = vocabulary.Select((w, k) => (w, k)).ToDictionary(p => p.w, p => p.k, StringComparer.Ordinal);
        var bigrams = new Dictionary<long, int>();
        var unigrams = new double[vocabulary.Length];
        foreach (var s in text)
        {
            var previous = -1;
            foreach (var w in s)
            {
                var id = index.GetValueOrDefault(w, -1);
                if (id >= 0)
                {
                    unigrams[id]++;
                    if (previous >= 0)
                    {
                        var key = ((long)previous << 32) | (uint)id;
                        bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
                    }
                }

                previous = id;
            }
        }

        var state = new State(vocabulary.Length, Math.Min(clusters, vocabulary.Length), unigrams, bigrams);
        var paths = state.Run(cancellationToken);
        return new WordClusters(vocabulary, paths);
    }

    private sealed class State
    {
        private readonly int _slots;
        private readonly double[] _p1;
        private readonly double[,] _p2;
        private readonly double[,] _q2;
        private readonly double[,] _loss;
        private readonly bool[] _active;
        private readonly int[] _node;
        private readonly List<int>[] _members;
        private readonly int[] _slotOf;
        private readonly double[] _wordP;
        private readonly (int Other, double P)[][] _right;
        private readonly (int Other, double P)[][] _left;
        private readonly int _words;
        private readonly int _window;
        private readonly List<(int Left, int Right)> _children = [];

        public State(int words, int window, double[] unigrams, Dictionary<long, int> bigrams)
        {
            _words = words;
            _window = window;
            _slots = window + 1;
            _p1 = new double[_slots];
            _p2 = new double[_slots, _slots];
            _q2 = new double[_slots, _slots];
            _loss = new double[_slots, _slots];
            _active = new bool[_slots];
            _node = new int[_slots];
            _members = new List<int>[_slots];
            _slotOf = new int[words];
            Array.Fill(_slotOf, -1);
            var total = unigrams.Sum();
            _wordP = unigrams.Select(u => u / total).ToArray();
            double pairs = 0;
            foreach (var c in bigrams.Values)
                pairs += c;
            var right = new List<(int, double)>[words];
            var left = new List<(int, double)>[words];
            for (var w = 0; w < words; w++)
                (right[w], left[w]) = ([], []);
            foreach (var (key, c) in bigrams.OrderBy(p => p.Key))
            {
                int a = (int)(key >> 32), b = (int)(uint)key;
                right[a].Add((b, c / pairs));
                if (a != b)
                    left[b].Add((a, c / pairs));
            }

            _right = [.. right.Select(l => l.ToArray())];
            _left = [.. left.Select(l => l.ToArray())];
        }

        /// <summary>Each word's bit string.</summary>
        public string[] Run(CancellationToken cancellationToken)
        {
            for (var w = 0; w < _window; w++)
                Add(w, w, initial: true);
            for (var s = 0; s < _window; s++)
            {
                for (var t = s + 1; t < _window; t++)
                    _loss[s, t] = Loss(s, t);
            }

            var free = _window;
            for (var w = _window; w < _words; w++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Add(w, free, initial: false);
                free = MergeBest();
            }

            // The clusters left after the last word are the leaves of the tree the remaining merges build.
            var leafOf = new int[_slots];
            Array.Fill(leafOf, -1);
            var wordLeaf = new int[_words];
            for (var s = 0; s < _slots; s++)
            {
                if (!_active[s])
                    continue;
                foreach (var w in _members[s])
                    wordLeaf[w] = _node[s];
            }

            while (ActiveCount() > 1)
            {
                cancellationToken.ThrowIfCancellationRequested();
                MergeBest();
            }

            var leaves = wordLeaf.ToHashSet();
            var root = _node[Array.IndexOf(_active, true)];
            var path = new Dictionary<int, string> { [root] = "" };
            var stack = new Stack<int>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                if (leaves.Contains(n))
                    continue;
                var (l, r) = _children[n - _words];
                path[l] = path[n] + "0";
                path[r] = path[n] + "1";
                stack.Push(l);
                stack.Push(r);
            }

            return [.. wordLeaf.Select(n => path[n])];
        }

        private int ActiveCount() => _active.Count(a => a);

        /// <summary>Puts word <paramref name="w"/> in the empty slot <paramref name="k"/> as a cluster of its own.</summary>
        private void Add(int w, int k, bool initial)
        {
            _active[k] = true;
            _node[k] = w;
            _members[k] = [w];
            _slotOf[w] = k;
            _p1[k] = _wordP[w];
            for (var u = 0; u < _slots; u++)
                (_p2[k, u], _p2[u, k]) = (0, 0);
            foreach (var (v, p) in _right[w])
            {
                if (_slotOf[v] >= 0)
                    _p2[k, _slotOf[v]] += p;
            }

            foreach (var (v, p) in _left[w])
            {
                if (_slotOf[v] >= 0)
                    _p2[_slotOf[v], k] += p;
            }

            UpdateQ(k);
            if (initial)
                return;
            // Every other pair's loss gains the terms of the new cluster as a neighbour.
            for (var s = 0; s < _slots; s++)
            {
                if (!_active[s] || s == k)
                    continue;
                for (var t = s + 1; t < _slots; t++)
                {
                    if (_active[t] && t != k)
                        _loss[s, t] += Term(s, t, k);
                }
            }

            for (var s = 0; s < _slots; s++)
            {
                if (_active[s] && s != k)
                    SetLoss(s, k, Loss(s, k));
            }
        }

        /// <summary>Merges the pair that loses the least mutual information; returns the slot it frees.</summary>
        private int MergeBest()
        {
            int a = -1, b = -1;
            var best = double.MaxValue;
            for (var s = 0; s < _slots; s++)
            {
                if (!_active[s])
                    continue;
                for (var t = s + 1; t < _slots; t++)
                {
                    if (_active[t] && _loss[s, t] < best)
                        (best, a, b) = (_loss[s, t], s, t);
                }
            }

            // The other pairs lose their terms with a and b, and gain those with the merged cluster.
            ForOtherPairs(a, b, (s, t) => _loss[s, t] -= Term(s, t, a) + Term(s, t, b));
            _p1[a] += _p1[b];
            for (var u = 0; u < _slots; u++)
            {
                if (u == a || u == b)
                    continue;
                _p2[a, u] += _p2[b, u];
                _p2[u, a] += _p2[u, b];
            }

            _p2[a, a] += _p2[a, b] + _p2[b, a] + _p2[b, b];
            for (var u = 0; u < _slots; u++)
                (_p2[b, u], _p2[u, b], _q2[b, u], _q2[u, b]) = (0, 0, 0, 0);
            _active[b] = false;
            _p1[b] = 0;
            UpdateQ(a);
            ForOtherPairs(a, b, (s, t) => _loss[s, t] += Term(s, t, a));
            for (var s = 0; s < _slots; s++)
            {
                if (_active[s] && s != a)
                    SetLoss(s, a, Loss(s, a));
            }

            _children.Add((_node[a], _node[b]));
            _node[a] = _words + _children.Count - 1;
            foreach (var w in _members[b])
                _slotOf[w] = a;
            _members[a].AddRange(_members[b]);
            _members[b] = [];
            return b;
        }

        private void ForOtherPairs(int a, int b, Action<int, int> update)
        {
            for (var s = 0; s < _slots; s++)
            {
                if (!_active[s] || s == a || s == b)
                    continue;
                for (var t = s + 1; t < _slots; t++)
                {
                    if (_active[t] && t != a && t != b)
                        update(s, t);
                }
            }
        }

        private void SetLoss(int s, int t, double value)
        {
            if (s < t)
                _loss[s, t] = value;
            else
                _loss[t, s] = value;
        }

        private void UpdateQ(int k)
        {
            for (var u = 0; u < _slots; u++)
            {
                if (!_active[u])
                    continue;
                _q2[k, u] = Q(_p2[k, u], _p1[k], _p1[u]);
                _q2[u, k] = Q(_p2[u, k], _p1[u], _p1[k]);
            }
        }

        /// <summary>Mutual information lost by merging clusters s and t.</summary>
        private double Loss(int s, int t)
        {
            var loss = _q2[s, s] + _q2[s, t] + _q2[t, s] + _q2[t, t]
                - Q(_p2[s, s] + _p2[s, t] + _p2[t, s] + _p2[t, t], _p1[s] + _p1[t], _p1[s] + _p1[t]);
            for (var u = 0; u < _slots; u++)
            {
                if (_active[u] && u != s && u != t)
                    loss += Term(s, t, u);
            }

            return loss;
        }

        /// <summary>The part of the loss of merging s and t that comes from their bigrams with a third cluster u.</summary>
        private double Term(int s, int t, int u)
        {
            double su = _p2[s, u], tu = _p2[t, u], us = _p2[u, s], ut = _p2[u, t];
            if (su + tu + us + ut == 0)
                return 0;
            var st = _p1[s] + _p1[t];
            return _q2[s, u] + _q2[t, u] + _q2[u, s] + _q2[u, t] - Q(su + tu, st, _p1[u]) - Q(us + ut, _p1[u], st);
        }

        private static double Q(double pxy, double px, double py) => pxy > 0 ? pxy * Math.Log(pxy / (px * py)) : 0;
    }
}
