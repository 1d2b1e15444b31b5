using System.Security.Cryptography.X509Certificates;
using LlmTutorBot.Teams.Hosting;

namespace LlmTutorBot.Teams.Connector;

/// <summary>The app's certificate: a PFX file (BotFramework:CertificatePath and CertificatePassword) or a thumbprint in the current user's or the machine's personal store.</summary>
public static class CertificateLoader
{
    /// <summary>The certificate, null when none is configured; throws <see cref="InvalidOperationException"/> saying what is wrong.</summary>
    public static X509Certificate2? Load(BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            X509Certificate2 certificate;
            try
            {
                certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
            {
                throw new InvalidOperationException($"BotFramework:CertificatePath '{options.CertificatePath}' could not be read as a PFX with BotFramework:CertificatePassword ({exception.GetType().Name}).", exception);
            }

            return certificate.HasPrivateKey ? certificate : throw new InvalidOperationException($"The certificate in '{options.CertificatePath}' has no private key.");
        }

        if (string.IsNullOrWhiteSpace(options.CertificateThumbprint))
        {
            return null;
        }

        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            try
            {
                store.Open(OpenFlags.ReadOnly);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                continue;
            }

            var found = store.Certificates.Find(X509FindType.FindByThumbprint, options.CertificateThumbprint.Replace(" ", "", StringComparison.Ordinal), validOnly: false);
            if (found.Count > 0 && found[0].HasPrivateKey)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException($"No certificate with a private key and the thumbprint BotFramework:CertificateThumbprint '{options.CertificateThumbprint}' is in the personal store (CurrentUser or LocalMachine).");
    }
}
