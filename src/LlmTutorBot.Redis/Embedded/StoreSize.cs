using System.Globalization;

namespace LlmTutorBot.Redis.Embedded;

/// <summary>Sizes in Garnet's notation ("512k", "64m", "1g"): a whole number and a binary unit.</summary>
public static class StoreSize
{
    /// <summary>Reads "64m" as 67,108,864 bytes; false for anything else (no unit, a fraction, an overflow).</summary>
    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length < 2)
        {
            return false;
        }

        var shift = char.ToLowerInvariant(text[^1]) switch
        {
            'k' => 10,
            'm' => 20,
            'g' => 30,
            _ => -1,
        };
        if (shift < 0 || !long.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > long.MaxValue >> shift)
        {
            return false;
        }

        bytes = number << shift;
        return true;
    }

    /// <summary>The largest power of two not above <paramref name="bytes"/>, as Garnet rounds page and segment sizes.</summary>
    public static long RoundDownToPowerOfTwo(long bytes) => bytes <= 0 ? 0 : 1L << (63 - (int)long.LeadingZeroCount(bytes));

    /// <summary>Writes a size in the largest unit that divides it ("64m", "1536k").</summary>
    public static string Format(long bytes) => bytes switch
    {
        > 0 when bytes % (1L << 30) == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes >> 30}g"),
        > 0 when bytes % (1L << 20) == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes >> 20}m"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(bytes + 1023) >> 10}k"),
    };
}
