namespace LlmTutorBot.Teams.Manifest;

/// <summary>
/// The app's icons, drawn in code: a white speech bubble holding three dots (a conversation with a tutor) on indigo,
/// 192×192; and the same bubble as a white outline on transparency, 32×32.
/// </summary>
public static class TeamsIcons
{
    public const string ColorFileName = "color.png";
    public const string OutlineFileName = "outline.png";

    private const uint Indigo = 0x4B3FD8FF;
    private const uint White = 0xFFFFFFFF;
    private const uint Transparent = 0x00000000;

    public static byte[] Color() => PngWriter.Write(192, 192, (x, y) =>
    {
        var u = x / 192.0;
        var v = y / 192.0;
        if (!InBubble(u, v))
        {
            return Indigo;
        }

        return IsDot(u, v, 0.09) ? Indigo : White;
    });

    public static byte[] Outline() => PngWriter.Write(32, 32, (x, y) =>
    {
        // A pixel is on the outline when it is in the bubble and a neighbour is not.
        static bool In(int px, int py) => InBubble((px + 0.5) / 32.0, (py + 0.5) / 32.0);
        if (!In(x, y))
        {
            return Transparent;
        }

        var edge = !In(x - 1, y) || !In(x + 1, y) || !In(x, y - 1) || !In(x, y + 1);
        return edge || IsDot((x + 0.5) / 32.0, (y + 0.5) / 32.0, 0.07) ? White : Transparent;
    });

    /// <summary>A rounded rectangle from (0.16, 0.2) to (0.84, 0.68) with a tail down-left, in unit coordinates.</summary>
    private static bool InBubble(double u, double v)
    {
        const double left = 0.16, right = 0.84, top = 0.2, bottom = 0.68, radius = 0.12;
        var cx = Math.Clamp(u, left + radius, right - radius);
        var cy = Math.Clamp(v, top + radius, bottom - radius);
        var inBody = u >= left && u <= right && v >= top && v <= bottom && (u - cx) * (u - cx) + (v - cy) * (v - cy) <= radius * radius;
        var inTail = v > bottom - 0.01 && v <= 0.84 && u >= 0.28 && u <= 0.28 + (0.84 - v) * 0.9;
        return inBody || inTail;
    }

    private static bool IsDot(double u, double v, double radius)
    {
        foreach (var dx in new[] { 0.32, 0.5, 0.68 })
        {
            if ((u - dx) * (u - dx) + (v - 0.44) * (v - 0.44) <= radius * radius / 2.5)
            {
                return true;
            }
        }

        return false;
    }
}
