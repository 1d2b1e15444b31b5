using System.Text.Json.Serialization;
using LlmTutorBot.Teams.Auth;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Feedback;
using LlmTutorBot.Teams.Files;
using LlmTutorBot.Teams.Rendering;

namespace LlmTutorBot.Teams.Activities;

/// <summary>Every JSON document of the Bot Framework, OpenID and OAuth protocols, generated at compile time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(InvokeError))]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(CardCommandData))]
[JsonSerializable(typeof(OpenIdMetadata))]
[JsonSerializable(typeof(JsonWebKeySetDocument))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(FileConsentCard))]
[JsonSerializable(typeof(FileInfoCard))]
[JsonSerializable(typeof(FileUploadInfo))]
[JsonSerializable(typeof(FileOfferContext))]
[JsonSerializable(typeof(StoredFileOffer))]
[JsonSerializable(typeof(TeamsFeedback))]
[JsonSerializable(typeof(string))]
internal sealed partial class BotFrameworkJsonContext : JsonSerializerContext;
