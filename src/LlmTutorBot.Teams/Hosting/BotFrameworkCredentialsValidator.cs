using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams.Hosting;

/// <summary>Checks that the credentials fit their app type, so a misconfigured bot fails at start rather than on its first reply.</summary>
public sealed class BotFrameworkCredentialsValidator(IOptions<BotFrameworkOptions> botFramework) : IValidateOptions<BotFrameworkCredentials>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkCredentials options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.MicrosoftAppType != MicrosoftAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword) && !botFramework.Value.HasCertificate)
        {
            failures.Add($"MicrosoftAppPassword or a certificate (BotFramework:CertificatePath or CertificateThumbprint) is required for a {options.MicrosoftAppType} bot (set one, or leave MicrosoftAppId empty for local mode).");
        }

        if (options.MicrosoftAppType == MicrosoftAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppTenantId is required for a SingleTenant bot (the Directory (tenant) ID of its app registration).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
