using System.Collections.Frozen;

namespace LlmTutorBot.YouTube.Text;

public static partial class SentenceRebuilder
{
    private const double MinWords = 4;
    private const double MaxWords = 32;
    private const double Threshold = 1.3;

    // A cut forced by the length limit where the evidence was weaker than this may be mid-clause.
    private const double WeakCut = 0.8;

    // Words a sentence does not end on ("the", "of", "is", "very") and words it does not start with ("of", "than").
    private static readonly FrozenSet<string> NoEnd = FrozenSet.ToFrozenSet(
        ("the a an of to and or but at from by into onto as than if because so is are was were be been being am "
        + "my your our their its his her very really just quite like can will would should could do does did have has had not no "
        + "i we you they he she it's i'm we're you're they're there's what which who whose how when where whether these those "
        + "some any each every such more most less few many much going gonna want wanna need kind sort lot also let's let "
        + "le la les un une des de du et ou mais que qui est sont dans pour par avec sur au aux ce cette ces son sa ses "
        + "der die das ein eine und oder aber mit für von zu im ist sind el los las y o pero con por para en es son").Split(' '),
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> NoStart = FrozenSet.ToFrozenSet(
        ["of", "'s", "than", "n't", "itself", "themselves", "himself", "herself", "too", "whom", "whose", "'re", "'ve"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["i", "we", "you", "they", "he", "she", "it's", "i'm", "we're", "you're", "they're", "there's", "that's", "i've", "we've", "i'll", "we'll", "here's"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotAfterSo = FrozenSet.ToFrozenSet(
        ["that", "much", "many", "far", "long", "on", "forth", "called", "good", "bad", "few", "big", "little", "well", "hard", "easy", "fast", "slow", "important", "powerful", "expensive"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotBeforeSo = FrozenSet.ToFrozenSet(
        ["becoming", "become", "becomes", "became", "get", "gets", "got", "getting", "seem", "seems", "feel", "feels", "look", "looks", "not", "and", "or", "think", "hope", "said", "do", "did"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotBeforeNow = FrozenSet.ToFrozenSet(["right", "until", "by", "for", "from", "just", "up", "even", "till", "as"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotBeforeWell = FrozenSet.ToFrozenSet(
        ["as", "very", "pretty", "really", "so", "work", "works", "working", "worked", "perform", "performs", "do", "does", "done", "doing", "quite", "extremely", "fairly"],
        StringComparer.Ordinal);

    // Where sentences start: index 0, then each gap whose evidence reaches the threshold, or the best gap of a run that
    // grows past MaxWords.
    private static List<int> Boundaries(List<Token> tokens, IReadOnlyList<TimedCaption> captions, HashSet<int> forced)
    {
        var weight = new double[tokens.Count + 1];
        for (var i = 0; i < tokens.Count; i++)
        {
            weight[i + 1] = weight[i] + WordWeight(tokens[i].Text);
        }

        // How often each pair of words follows each other: a frequent pair ("language model") is a phrase, not a boundary.
        var pairs = new Dictionary<(string, string), int>();
        for (var i = 1; i < tokens.Count; i++)
        {
            var pair = (tokens[i - 1].Key, tokens[i].Key);
            pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
        }

        // The evidence at every gap, once (the length term is added where a run's length is known).
        var evidence = new double[tokens.Count];
        for (var i = 1; i < tokens.Count; i++)
        {
            evidence[i] = Evidence(tokens, captions, pairs, i);
        }

        var cuts = new List<int> { 0 };
        var last = 0;
        for (var j = 1; j < tokens.Count; j++)
        {
            var length = weight[j] - weight[last];
            if (length < MinWords || weight[^1] - weight[j] < 2)
            {
                continue;
            }

            if (evidence[j] + LengthTerm(length) >= Threshold)
            {
                cuts.Add(j);
                last = j;
            }
            else if (length >= MaxWords)
            {
                var best = -1;
                var bestScore = double.MinValue;
                for (var k = last + 1; k <= j; k++)
                {
                    var before = weight[k] - weight[last];
                    if (before >= MinWords + 2 && evidence[k] + LengthTerm(before) > bestScore)
                    {
                        (best, bestScore) = (k, evidence[k] + LengthTerm(before));
                    }
                }

                best = best < 0 ? j : best;
                cuts.Add(best);
                if (evidence[best] < WeakCut)
                {
                    forced.Add(best);
                }

                last = best;
            }
        }

        return cuts;
    }

    // The evidence for a sentence starting at token j: a pause, a discourse marker, a caption start; against it, a word
    // that cannot end or start a sentence, or a pair of words that recurs together.
    private static double Evidence(List<Token> tokens, IReadOnlyList<TimedCaption> captions, Dictionary<(string, string), int> pairs, int j)
    {
        var previous = tokens[j - 1];
        var current = tokens[j];
        var score = Pause(previous, current, captions) + Marker(tokens, j);
        var together = pairs.GetValueOrDefault((previous.Key, current.Key));
        if (together >= 2)
        {
            score -= Math.Min(2.5, Math.Log2(together));
        }

        if (current.CaptionStart)
        {
            score += 0.3;
        }

        if (NoEnd.Contains(previous.Key))
        {
            score -= 3;
        }
        else if (previous.Key is "in" or "on" or "out" or "up" or "about" or "with" or "for")
        {
            // "comes in", "sign up", "talk about": a particle can end a sentence, less often than another word.
            score -= 0.4;
        }

        if (NoStart.Contains(current.Key))
        {
            score -= 1.5;
        }
        else if (current.Key is "is" or "are" or "was" or "were" or "to" or "will" or "would" or "can" or "could" or "should" or "might" or "must" or "be" or "been" or "being" or "has" or "have" or "had")
        {
            score -= 1;
        }

        return score;
    }

    // Long runs lean towards a cut, short ones against.
    private static double LengthTerm(double length) => length > 20 ? (length - 20) * 0.08 : length < 7 ? -0.8 : 0;

    private static double Pause(Token previous, Token current, IReadOnlyList<TimedCaption> captions)
    {
        double gap;
        if (previous.Timed && current.Timed)
        {
            // A word lasts about 80 ms a letter plus 100 ms; what is left before the next word is a pause.
            gap = (current.Start - previous.Start).TotalMilliseconds - (80 * previous.Key.Length) - 100;
        }
        else if (previous.Caption != current.Caption)
        {
            // Between this caption and the one just before it (a repeat of earlier words may lie between the two words).
            gap = (captions[current.Caption].Start - captions[current.Caption - 1].End).TotalMilliseconds;
        }
        else
        {
            return 0;
        }

        return gap >= 900 ? 2.2 : gap >= 500 ? 1.3 : gap >= 250 ? 0.6 : 0;
    }

    private static double Marker(List<Token> tokens, int j)
    {
        var key = tokens[j].Key;
        var previous = tokens[j - 1].Key;
        var next = j + 1 < tokens.Count ? tokens[j + 1].Key : "";
        var after = j + 2 < tokens.Count ? tokens[j + 2].Key : "";
        return key switch
        {
            "okay" or "ok" or "alright" => 2.2,
            "so" when previous != "and" && !NotAfterSo.Contains(next) && !NotBeforeSo.Contains(previous) => 1.6,
            "now" when !NotBeforeNow.Contains(previous) => 1.5,
            "and" when next is "so" or "then" or "now" => 1.3,
            "and" when Pronouns.Contains(next) || next is "this" or "it" or "that" or "there" or "these" or "the" => 0.8,
            "but" => 0.9,
            "well" when !NotBeforeWell.Contains(previous) && (Pronouns.Contains(next) || next is "a" or "the" or "in" or "if" or "it" or "this") => 1.0,
            "let's" => 1.3,
            "let" when next is "me" or "us" => 1.3,
            "first" when next == "of" && after == "all" => 1.3,
            "finally" or "lastly" or "secondly" => 1.2,
            "for" when next is "example" or "instance" => 0.8,
            "here" when next is "is" or "are" => 0.8,
            "what" or "how" or "why" when next is "is" or "are" or "does" or "do" or "did" or "can" => 0.8,
            "this" when next is "is" => 0.4,
            _ when Pronouns.Contains(key) => 0.6,
            "the" or "this" or "these" or "there" or "it" or "one" or "another" or "each" or "every" or "many" or "some" or "most" or "all" => 0.5,
            "a" or "an" or "if" or "when" or "while" => 0.3,
            "over" or "in" or "after" or "before" or "during" or "since" or "although" => 0.3,
            _ => 0,
        };
    }
}
