using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.Core.Localization;

/// <summary>
/// A user-facing sentence in each of the bot's languages, read from the resource files of the text class that
/// declares it (<c>FaqText.resx</c> for English, <c>FaqText.fr.resx</c>, <c>FaqText.zh.resx</c>, beside
/// <c>FaqText.cs</c>). Placeholders use composite format ({0}).
/// </summary>
/// <remarks>
/// The resources are read through <see cref="ResourceManager"/> with the reply's culture passed on every call, not
/// through <c>IStringLocalizer</c>: that reads the ambient <see cref="CultureInfo.CurrentUICulture"/>, and one process
/// answers many conversations in different languages at once; the texts are also static members, used where no
/// service provider is at hand. Adding a language is adding one resource file per text class.
/// </remarks>
public sealed record LocalizedText
{
    private static readonly ConcurrentDictionary<Type, ResourceManager> Managers = new();

    private readonly Type? resources;
    private readonly string? invariant;

    /// <summary>The sentence named <paramref name="name"/> in the resource files of <paramref name="resources"/>.</summary>
    public LocalizedText(Type resources, string name)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        this.resources = resources;
        Name = name;
    }

    private LocalizedText(string invariant)
    {
        this.invariant = invariant;
        Name = invariant;
    }

    /// <summary>The resource name, or the text itself for an <see cref="Invariant"/> one.</summary>
    public string Name { get; }

    /// <summary>The English text (Discord's and Teams' manifests need one default).</summary>
    public string En => this[BotLanguage.En];

    /// <summary>A text that reads the same in every language, such as a language's own name.</summary>
    public static LocalizedText Invariant(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new LocalizedText(text);
    }

    public string this[BotLanguage language] => invariant ?? Manager(resources!).GetString(Name, CultureOf(language))
        ?? throw new MissingManifestResourceException($"No text '{Name}' in the resources of {resources!.FullName}.");

    public string Format(BotLanguage language, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, this[language], args);

    /// <summary>The culture whose resource file holds a language's texts.</summary>
    public static CultureInfo CultureOf(BotLanguage language) => CultureInfo.GetCultureInfo(language.Code());

    private static ResourceManager Manager(Type type) => Managers.GetOrAdd(type, static t => new ResourceManager(t));
}
