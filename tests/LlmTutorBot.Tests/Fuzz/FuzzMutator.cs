using System.Globalization;
using System.Text;

namespace LlmTutorBot.Tests.Fuzz;

/// <summary>
/// Makes hostile inputs from valid ones, deterministically from one seeded <see cref="Random"/>: byte flips, truncation,
/// invalid UTF-8 and control characters on the raw bytes; deletion, insertion, duplication and type swaps of JSON
/// tokens, huge numbers, deep nesting and long strings on the token list. The same seed always gives the same input.
/// </summary>
internal sealed partial class FuzzMutator(int seed)
{
    private static readonly string[] OddStrings =
    [
        "", " ", "\0", "\u0001\u001f", "\ud800", "\uffff", "\u202e", "é", "中文", "😀", "\\", "\"", "<", "</p>", "&amp;", "&#0;", "%00",
        "-->", "00:00:01,000 --> 00:00:00,000", "javascript:alert(1)", "https://youtu.be/", "<@123>", "/", "/help", "/translate",
        "\u0663", "\u06f1\u06f2", "\uff11", "\u0966", // digits of other scripts, which \d matches and int.Parse refuses
    ];

    private static readonly string[] OddNumbers =
    [
        "0", "-0", "-1", "1e309", "-1e309", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
        "2147483648", "1.5", "1e-400", "123456789012345678901234567890", "0.000000000000000000000000001",
    ];

    private readonly Random _random = new(seed);

    /// <summary>A JSON text mutated one to four times.</summary>
    public string MutateJson(string json)
    {
        var text = json;
        var rounds = _random.Next(1, 5);
        for (var i = 0; i < rounds; i++)
        {
            text = _random.Next(10) switch
            {
                < 6 => MutateTokens(text),
                < 8 => MutateText(text, rounds: 1),
                _ => Encoding.UTF8.GetString(MutateBytes(Encoding.UTF8.GetBytes(text), rounds: 1)),
            };
        }

        return text;
    }

    /// <summary>UTF-8 bytes of a JSON text, mutated at token and byte level (so invalid UTF-8 reaches the parser).</summary>
    public byte[] MutateJsonBytes(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(MutateJson(json));
        return _random.Next(4) == 0 ? MutateBytes(bytes, rounds: 1) : bytes;
    }

    /// <summary>A plain text (subtitles, commands, URLs) mutated by characters and lines.</summary>
    public string MutateText(string text, int rounds = 0)
    {
        var builder = new StringBuilder(text);
        rounds = rounds > 0 ? rounds : _random.Next(1, 5);
        for (var i = 0; i < rounds; i++)
        {
            var at = builder.Length == 0 ? 0 : _random.Next(builder.Length + 1);
            var span = builder.Length - at == 0 ? 0 : _random.Next(1, Math.Min(64, builder.Length - at) + 1);
            switch (_random.Next(9))
            {
                case 0:
                    builder.Remove(at, span);
                    break;
                case 1:
                    builder.Insert(at, Pick(OddStrings));
                    break;
                case 2:
                    builder.Insert(at, builder.ToString(at, span));
                    break;
                case 3:
                    builder.Length = at;
                    break;
                case 4:
                    builder.Insert(at, new string(Pick(['x', ' ', '\n', '0', ':', '-', '>', '<', '{', '[']), _random.Next(1, 1 << _random.Next(1, 17))));
                    break;
                case 5:
                    builder.Insert(at, (char)_random.Next(0, 0x20));
                    break;
                case 6:
                    builder.Insert(at, Pick(OddNumbers));
                    break;
                case 7 when builder.Length > 0:
                    var index = _random.Next(builder.Length);
                    builder[index] = (char)(builder[index] ^ (1 << _random.Next(16)));
                    break;
                default:
                    builder.Insert(at, RandomText(_random.Next(1, 40)));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Raw bytes flipped, cut, or given invalid UTF-8 sequences.</summary>
    public byte[] MutateBytes(byte[] bytes, int rounds = 0)
    {
        var list = new List<byte>(bytes);
        rounds = rounds > 0 ? rounds : _random.Next(1, 5);
        for (var i = 0; i < rounds; i++)
        {
            var at = list.Count == 0 ? 0 : _random.Next(list.Count + 1);
            switch (_random.Next(5))
            {
                case 0 when list.Count > 0:
                    var index = _random.Next(list.Count);
                    list[index] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    list.RemoveRange(at, list.Count - at);
                    break;
                case 2:
                    list.InsertRange(at, Pick<byte[]>([[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0x00]]));
                    break;
                case 3:
                    list.Insert(at, (byte)_random.Next(256));
                    break;
                default:
                    if (list.Count > 0)
                    {
                        list.RemoveAt(Math.Min(at, list.Count - 1));
                    }

                    break;
            }
        }

        return [.. list];
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public int Next(int maxValue) => _random.Next(maxValue);

    private string RandomText(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(_random.Next(4) switch
            {
                0 => (char)_random.Next(0x20, 0x7f),
                1 => (char)_random.Next(0x80, 0x800),
                2 => (char)_random.Next(0x3000, 0x9fff),
                _ => (char)_random.Next(0, 0xffff),
            });
        }

        return builder.ToString();
    }

    private string RandomScalar() => _random.Next(6) switch
    {
        0 => "null",
        1 => "true",
        2 => Pick(OddNumbers),
        3 => _random.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture),
        4 => Quote(Pick(OddStrings)),
        _ => Quote(RandomText(_random.Next(0, 20))),
    };

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
