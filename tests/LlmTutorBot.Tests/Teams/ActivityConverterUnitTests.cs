using System.Text.Json;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Inbound;
using static LlmTutorBot.Tests.Teams.TeamsFixtures;

namespace LlmTutorBot.Tests.Teams;

/// <summary>Conformance: the recorded Teams activities become the right inbound messages.</summary>
public sealed class ActivityConverterUnitTests
{
    [Fact]
    public void A_channel_mention_becomes_a_message_in_the_thread_of_its_root_without_the_mention()
    {
        var activity = Read(Recordings2019, "channel_message_mention_link.activity.json");

        var conversion = ActivityConverter.Convert(activity);

        Assert.Equal(ActivityKind.Turn, conversion.Kind);
        var message = conversion.Message!;
        Assert.Equal("https://foo.com", message.Text);
        Assert.Equal(new ConversationAddress(ChatPlatform.Teams, "19:9d3c71104f8c49128368b23a5eaeb86d@thread.skype", "1571508491752"), message.Conversation);
        Assert.Equal("Dave Taniguchi", message.User.DisplayName);
        Assert.Equal("en-US", message.Locale);
        Assert.Equal("1571508491752", message.MessageId);
        Assert.Empty(message.Attachments);
        Assert.Equal("19:9d3c71104f8c49128368b23a5eaeb86d@thread.skype;messageid=1571508491752", conversion.Reference!.ConversationId);
        Assert.Equal("https://smba.trafficmanager.net/amer/", conversion.Reference.ServiceUrl);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", conversion.Reference.TenantId);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", message.GroupId);
    }

    [Fact]
    public void A_2025_reply_in_a_channel_thread_is_answered_in_that_thread()
    {
        var activity = Read(TeamsNet2025, "channel_thread_reply_mention_2025-10-08.activity.json");

        var conversion = ActivityConverter.Convert(activity);

        var message = conversion.Message!;
        Assert.Equal("reply to thread", message.Text);
        Assert.Equal("19:6848757105754c8981c67612732d9aa7@thread.tacv2", message.Conversation.ConversationId);
        Assert.Equal("1759881511856", message.Conversation.ThreadId);
        Assert.Equal("1759944781430", conversion.Reference!.ActivityId);
        Assert.Equal("28:0b6fe6d1-fece-44f7-9a48-56465e2d5ab8", conversion.Reference.BotId);
    }

    [Fact]
    public void A_personal_message_is_its_own_conversation_without_a_thread()
    {
        var activity = Read(Recordings2019, "personal_message.activity.json");

        var message = ActivityConverter.Convert(activity).Message!;

        Assert.Equal("file", message.Text);
        Assert.Null(message.Conversation.ThreadId);
        Assert.StartsWith("a:1VF4K2uXl", message.Conversation.ConversationId, StringComparison.Ordinal);
        Assert.Equal("29:1kbOecyrymSn1FtrbJlQNF_BvhIpb7CLGbmjaTldT8A8tXXphjq4BcA2KfWGwoI-ahbEJ_Og1syGOt68MsLId1Q", message.User.Id);
    }

    [Fact]
    public void The_simple_channel_mention_leaves_only_what_the_user_wrote()
    {
        var activity = Read(Recordings2019, "channel_message_mention_simple.activity.json");

        var message = ActivityConverter.Convert(activity).Message!;

        Assert.Equal("1", message.Text);
    }

    [Fact]
    public void A_card_submit_without_a_command_of_ours_is_ignored()
    {
        var activity = Read(Recordings2019, "message_card_submit_value.activity.json");

        var conversion = ActivityConverter.Convert(activity);

        Assert.Equal(ActivityKind.Ignored, conversion.Kind);
        Assert.Null(conversion.Message);
    }

    [Fact]
    public void A_card_submit_carrying_a_command_becomes_that_command_text()
    {
        var activity = Read(Recordings2019, "message_card_submit_value.activity.json") with
        {
            Value = JsonSerializer.SerializeToElement(new { command = "/summarize https://youtu.be/osKyvYJ3PRM" }),
        };

        var message = ActivityConverter.Convert(activity).Message!;

        Assert.Equal("/summarize https://youtu.be/osKyvYJ3PRM", message.Text);
        Assert.Equal("1570640063118", message.Conversation.ThreadId);
    }

    [Fact]
    public void The_recorded_action_execute_without_a_command_is_an_ignored_card_action()
    {
        var activity = Read(TeamsNet2025, "personal_invoke_adaptiveCard_action_2026-01-07.activity.json");

        var conversion = ActivityConverter.Convert(activity);

        Assert.Equal(ActivityKind.Ignored, conversion.Kind);
        Assert.True(conversion.IsInvoke);
        Assert.True(conversion.IsCardAction);
    }

    [Fact]
    public void An_action_execute_carrying_a_command_becomes_a_turn_with_that_command()
    {
        var recorded = Read(TeamsNet2025, "personal_invoke_adaptiveCard_action_2026-01-07.activity.json");
        var activity = recorded with
        {
            Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "command", data = new { command = "/translate fr" } }, trigger = "manual" }),
        };

        var conversion = ActivityConverter.Convert(activity);

        Assert.Equal(ActivityKind.Turn, conversion.Kind);
        Assert.True(conversion.IsCardAction);
        Assert.Equal("/translate fr", conversion.Message!.Text);
        Assert.Equal("en-US", conversion.Message.Locale);
    }

    [Theory]
    [InlineData("invoke_composeExtension_query.activity.json")]
    [InlineData("invoke_composeExtension_queryLink.activity.json")]
    [InlineData("invoke_composeExtension_submitAction.activity.json")]
    [InlineData("invoke_task_fetch.activity.json")]
    [InlineData("invoke_task_submit.activity.json")]
    [InlineData("invoke_cardAction_noname.activity.json")]
    public void Invokes_the_bot_does_not_offer_are_ignored_as_invokes(string file)
    {
        var conversion = ActivityConverter.Convert(Read(Recordings2019, file));

        Assert.Equal(ActivityKind.Ignored, conversion.Kind);
        Assert.True(conversion.IsInvoke);
        Assert.False(conversion.IsCardAction);
    }

    [Theory]
    [InlineData("conversationUpdate_teamMemberRemoved.activity.json")]
    [InlineData("conversationUpdate_channelCreated.activity.json")]
    [InlineData("conversationUpdate_teamRenamed.activity.json")]
    public void Team_events_that_do_not_add_the_bot_are_ignored(string file)
    {
        var conversion = ActivityConverter.Convert(Read(Recordings2019, file));

        Assert.Equal(ActivityKind.Ignored, conversion.Kind);
        Assert.False(conversion.IsInvoke);
    }

    [Theory]
    [InlineData("conversationUpdate_teamMemberAdded.activity.json")]
    [InlineData("conversationUpdate_groupChat_membersAdded.activity.json")]
    public void A_member_added_event_is_a_welcome_only_when_the_member_is_the_bot(string file)
    {
        var recorded = Read(Recordings2019, file);
        var someoneElse = ActivityConverter.Convert(recorded);
        var theBot = ActivityConverter.Convert(recorded with { MembersAdded = [recorded.Recipient!] });

        Assert.Equal(ActivityKind.Ignored, someoneElse.Kind);
        Assert.Equal(ActivityKind.Welcome, theBot.Kind);
        Assert.Equal(recorded.Conversation!.Id, theBot.Message!.Conversation.ConversationId);
    }

    [Fact]
    public void A_mention_is_removed_whatever_its_case_and_other_people_keep_their_names()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<AT>Tutor</AT> ask <at>Alice Martin</at> about /help",
            From = new ChannelAccount("29:user", "Bob"),
            Recipient = new ChannelAccount("28:bot", "Tutor"),
            Conversation = new ConversationAccount("19:chat@thread.v2") { ConversationType = "groupChat", IsGroup = true },
            Entities = [new ActivityEntity(ActivityTypes.MentionEntity) { Mentioned = new ChannelAccount("28:bot", "Tutor"), Text = "<at>Tutor</at>" }],
        };

        var message = ActivityConverter.Convert(activity, ChatPlatform.Teams).Message!;

        Assert.Equal("ask Alice Martin about /help", message.Text);
        Assert.Null(message.Conversation.ThreadId);
    }

    [Fact]
    public void A_shared_file_becomes_an_attachment_with_its_download_url()
    {
        var activity = Read(Recordings2019, "personal_message.activity.json") with
        {
            Attachments =
            [
                new ActivityAttachment("application/vnd.microsoft.teams.file.download.info")
                {
                    Name = "talk.fr.srt",
                    ContentUrl = "https://contoso.sharepoint.com/talk.fr.srt",
                    Content = JsonSerializer.SerializeToElement(new { downloadUrl = "https://download.example/talk.fr.srt", fileType = "srt" }),
                },
                new ActivityAttachment("text/html") { Content = JsonSerializer.SerializeToElement("<p>file</p>") },
            ],
        };

        var attachment = Assert.Single(ActivityConverter.Convert(activity).Message!.Attachments);

        Assert.Equal("talk.fr.srt", attachment.Name);
        Assert.Equal(new Uri("https://download.example/talk.fr.srt"), attachment.Url);
    }

    [Fact]
    public void The_locale_falls_back_to_the_client_info_entity()
    {
        var activity = Read(Recordings2019, "personal_message.activity.json") with
        {
            Locale = null,
            Entities = [new ActivityEntity(ActivityTypes.ClientInfoEntity) { Locale = "fr-FR" }],
        };

        Assert.Equal("fr-FR", ActivityConverter.Convert(activity).Message!.Locale);
    }
}
