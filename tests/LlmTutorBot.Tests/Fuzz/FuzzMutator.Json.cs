using System.Text;

namespace LlmTutorBot.Tests.Fuzz;

internal sealed partial class FuzzMutator
{
    private static readonly string[] Punctuation = ["{", "}", "[", "]", ":", ","];

    // String tokens with escapes a JSON reader must judge: lone surrogates, NUL, an unknown escape, a cut one.
    private static readonly string[] OddEscapes = ["\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud83d\\ude00\"", "\"\\u0000\"", "\"\\x41\"", "\"\\u12\"", "\"\\"];

    /// <summary>One change to the JSON's token list (which need not stay valid JSON).</summary>
    private string MutateTokens(string json)
    {
        var tokens = Tokenize(json);
        if (tokens.Count == 0)
        {
            return RandomScalar();
        }

        var at = _random.Next(tokens.Count);
        var token = tokens[at];
        switch (_random.Next(10))
        {
            case 0:
                tokens.RemoveAt(at);
                break;
            case 1:
                tokens.Insert(at, token);
                break;
            case 2:
                tokens.Insert(at, _random.Next(3) switch { 0 => Pick(Punctuation), 1 => Pick(OddEscapes), _ => RandomScalar() });
                break;
            case 3:
                // A type swap: string, number, literal, array or object where something else was.
                tokens[at] = _random.Next(5) switch
                {
                    0 => "null",
                    1 => Pick(OddNumbers),
                    2 => "[]",
                    3 => "{}",
                    _ => IsString(token) ? Pick(OddNumbers) : Quote(token),
                };
                break;
            case 4 when IsValue(token):
                tokens[at] = Pick(OddNumbers);
                break;
            case 5 when IsValue(token):
                var depth = _random.Next(1, _random.Next(2) == 0 ? 70 : 2000);
                var open = _random.Next(2) == 0;
                tokens[at] = open
                    ? new StringBuilder().Insert(0, "[", depth).Append(token).Append(']', depth).ToString()
                    : new StringBuilder().Insert(0, "{\"a\":", depth).Append(token).Append('}', depth).ToString();
                break;
            case 6 when IsValue(token):
                tokens[at] = Quote(new string(Pick(['a', ' ', '\n', 'é', '<', '\\']), _random.Next(1000, 100_000)));
                break;
            case 7 when IsString(token):
                tokens[at] = _random.Next(3) == 0 ? Pick(OddEscapes) : Quote(MutateText(token[1..^1], rounds: 1));
                break;
            case 8:
                // Duplicate a run of tokens (repeated keys, repeated array items).
                var length = Math.Min(tokens.Count - at, _random.Next(1, 12));
                tokens.InsertRange(at, tokens.GetRange(at, length));
                break;
            default:
                tokens.RemoveRange(at, tokens.Count - at);
                break;
        }

        return string.Concat(tokens);
    }

    private static bool IsString(string token) => token.Length >= 2 && token[0] == '"' && token[^1] == '"';

    private static bool IsValue(string token) => token.Length > 0 && !Punctuation.Contains(token) && !char.IsWhiteSpace(token[0]);

    /// <summary>Strings (with their quotes), numbers and literals, punctuation and whitespace runs, in order.</summary>
    private static List<string> Tokenize(string json)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < json.Length)
        {
            var start = i;
            var c = json[i];
            if (c == '"')
            {
                i++;
                while (i < json.Length && json[i] != '"')
                {
                    i += json[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(i + 1, json.Length);
            }
            else if ("{}[]:,".Contains(c, StringComparison.Ordinal) || char.IsWhiteSpace(c))
            {
                i++;
                while (char.IsWhiteSpace(c) && i < json.Length && char.IsWhiteSpace(json[i]))
                {
                    i++;
                }
            }
            else
            {
                while (i < json.Length && !"{}[]:,\"".Contains(json[i], StringComparison.Ordinal) && !char.IsWhiteSpace(json[i]))
                {
                    i++;
                }
            }

            tokens.Add(json[start..i]);
        }

        return tokens;
    }
}
