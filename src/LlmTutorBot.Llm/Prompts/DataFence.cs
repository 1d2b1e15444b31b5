using System.Security.Cryptography;
using System.Text;

namespace LlmTutorBot.Llm.Prompts;

/// <summary>
/// Puts outside text (a transcript, a knowledge-base passage, the user's question) between delimiters as data:
/// <c>&lt;&lt;&lt;PASSAGE id=faq-fr/x nonce=3f9a…&gt;&gt;&gt;</c> … <c>&lt;&lt;&lt;END PASSAGE nonce=3f9a…&gt;&gt;&gt;</c>. The nonce is
/// new for every request and anything in the data that looks like a delimiter is defused, so the text cannot close
/// its block and pose as instructions. System prompts say that text inside the blocks is data, never instructions.
/// </summary>
public sealed class DataFence
{
    private DataFence(string nonce)
    {
        Nonce = nonce;
    }

    /// <summary>The random token every delimiter of this request carries; the system prompt names it.</summary>
    public string Nonce { get; }

    public static DataFence Create() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));

    /// <summary>For tests: a fence with a known nonce (8 characters or more, so masking it spares ordinary words).</summary>
    public static DataFence WithNonce(string nonce)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nonce);
        ArgumentOutOfRangeException.ThrowIfLessThan(nonce.Length, 8);
        return new DataFence(nonce);
    }

    /// <summary>One block of data of a kind ("TRANSCRIPT", "PASSAGE", "QUESTION"), with an optional id.</summary>
    public string Wrap(string kind, string? id, string data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(data);
        var label = kind.ToUpperInvariant();
        var text = new StringBuilder("<<<").Append(label);
        if (!string.IsNullOrWhiteSpace(id))
        {
            text.Append(" id=").Append(Neutralize(id).Replace(' ', '_'));
        }

        text.Append(" nonce=").Append(Nonce).Append(">>>\n");
        text.Append(Neutralize(data).Trim());
        text.Append("\n<<<END ").Append(label).Append(" nonce=").Append(Nonce).Append(">>>");
        return text.ToString();
    }

    /// <summary>
    /// Defuses delimiter look-alikes: runs of angle brackets (ASCII or full-width) become single guillemets, and this
    /// request's nonce is masked, so no text inside a block can end it.
    /// </summary>
    public string Neutralize(string data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = new StringBuilder(data.Length);
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (!IsAngle(c))
            {
                text.Append(c);
                continue;
            }

            // Two or more in a row: one guillemet of the same direction, so "<<<" and ">>>" never survive.
            var run = i;
            while (run + 1 < data.Length && IsAngle(data[run + 1]))
            {
                run++;
            }

            text.Append(run > i ? (IsOpening(c) ? '«' : '»') : c);
            i = run;
        }

        return text.Replace(Nonce, new string('*', Nonce.Length)).ToString();
    }

    private static bool IsAngle(char c) => c is '<' or '>' or '＜' or '＞' or '〈' or '〉' or '《' or '》' or '‹' or '›' or '«' or '»';

    private static bool IsOpening(char c) => c is '<' or '＜' or '〈' or '《' or '‹' or '«';
}
