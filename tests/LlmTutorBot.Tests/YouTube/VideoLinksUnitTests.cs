using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.Tests.YouTube;

public sealed class VideoLinksUnitTests
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=osKyvYJ3PRM")]
    [InlineData("https://youtube.com/watch?v=osKyvYJ3PRM&t=42s")]
    [InlineData("http://m.youtube.com/watch?feature=share&v=osKyvYJ3PRM")]
    [InlineData("https://music.youtube.com/watch?v=osKyvYJ3PRM&list=RDAMVM")]
    [InlineData("https://youtu.be/osKyvYJ3PRM")]
    [InlineData("https://youtu.be/osKyvYJ3PRM?si=zLg-od7MQ6QEKVxA&t=10")]
    [InlineData("youtu.be/osKyvYJ3PRM")]
    [InlineData("https://youtu.be/watch?v=osKyvYJ3PRM")]
    [InlineData("https://www.youtube.com/shorts/osKyvYJ3PRM")]
    [InlineData("https://www.youtube.com/embed/osKyvYJ3PRM?si=zLg-od7MQ6QEKVxA")]
    [InlineData("https://www.youtube.com/live/osKyvYJ3PRM?feature=shared")]
    [InlineData("https://www.youtube.com/v/osKyvYJ3PRM")]
    [InlineData("https://www.youtube.com/e/osKyvYJ3PRM")]
    [InlineData("https://www.youtube-nocookie.com/embed/osKyvYJ3PRM")]
    [InlineData("https://www.youtubekids.com/watch?v=osKyvYJ3PRM")]
    [InlineData("https://www.youtube.com/#/watch?v=osKyvYJ3PRM")]
    [InlineData("https://WWW.YOUTUBE.COM/watch?v=osKyvYJ3PRM")]
    [InlineData("osKyvYJ3PRM")]
    public void Every_url_form_gives_the_video_id(string text)
    {
        var parsed = VideoId.TryParse(text, out var id);

        Assert.True(parsed, text);
        Assert.Equal("osKyvYJ3PRM", id.Value);
    }

    [Theory]
    [InlineData("https://evil.example/watch?v=osKyvYJ3PRM")]
    [InlineData("https://youtube.com.evil.example/watch?v=osKyvYJ3PRM")]
    [InlineData("https://notyoutube.com/watch?v=osKyvYJ3PRM")]
    [InlineData("https://youtube.com@evil.example/watch?v=osKyvYJ3PRM")]
    [InlineData("https://evil.example/youtube.com/watch?v=osKyvYJ3PRM")]
    [InlineData("https://youtu.be.evil.example/osKyvYJ3PRM")]
    [InlineData("https://www.youtube.com:8443/watch?v=osKyvYJ3PRM")]
    [InlineData("javascript:alert(1)//youtube.com/watch?v=osKyvYJ3PRM")]
    [InlineData("file:///etc/passwd?v=osKyvYJ3PRM")]
    [InlineData("https://www.youtube.com/watch?v=short")]
    [InlineData("https://www.youtube.com/watch?v=osKyvYJ3PR!")]
    [InlineData("https://www.youtube.com/channel/UCVYamHliCI9rw1tHR1xbkfw")]
    public void Hostile_or_foreign_urls_give_no_video(string text)
    {
        Assert.False(VideoId.TryParse(text, out _), text);
        Assert.Empty(VideoLinks.FindAll(text));
    }

    [Fact]
    public void Every_video_of_a_message_is_found_once_in_order()
    {
        var text = "Compare https://youtu.be/osKyvYJ3PRM?t=5 with <https://www.youtube.com/watch?v=GJLlxj_dtq8>, "
            + "[this one](https://m.youtube.com/shorts/An8vtD1FDqs) and again youtu.be/osKyvYJ3PRM.";

        var ids = VideoLinks.FindAll(text);

        Assert.Equal(["osKyvYJ3PRM", "GJLlxj_dtq8", "An8vtD1FDqs"], ids.Select(i => i.Value));
    }

    [Fact]
    public void A_markdown_link_whose_label_is_the_url_counts_once()
    {
        var ids = VideoLinks.FindAll("[https://youtu.be/osKyvYJ3PRM](https://youtu.be/osKyvYJ3PRM)");

        Assert.Equal("osKyvYJ3PRM", Assert.Single(ids).Value);
    }

    [Fact]
    public void Parse_rejects_what_is_not_a_video_with_a_clear_message()
    {
        var error = Assert.Throws<FormatException>(() => VideoId.Parse("https://evil.example/watch?v=osKyvYJ3PRM"));

        Assert.Contains("neither a YouTube video id nor a YouTube link", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_short_url_carries_the_start_second()
    {
        var id = VideoId.Parse("osKyvYJ3PRM");

        Assert.Equal("https://youtu.be/osKyvYJ3PRM?t=95", id.ShortUrl(95));
        Assert.Equal("https://youtu.be/osKyvYJ3PRM", id.ShortUrl(0));
    }
}
