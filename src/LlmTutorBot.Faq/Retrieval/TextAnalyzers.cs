using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.Faq.Retrieval;

/// <summary>
/// Lucene.Net's analyzers, one per language: French (elision, stop words, light stemming), English (possessives,
/// stop words, Porter stemming), Chinese (width folding and character bigrams, without the bigrams of question words
/// such as 什么 and 是什么意思, which say nothing of the subject). Accents and case are folded.
/// Thread-safe: Lucene analyzers keep per-thread token streams.
/// </summary>
public sealed class TextAnalyzers : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Analyzer _french = new FrenchTextAnalyzer();
    private readonly Analyzer _english = new EnglishTextAnalyzer();
    // The bigrams of interrogative and filler phrases (什么, 是什么, 什么意思, 怎么样, 为什么, 有哪些, 请问, 一下…): as
    // frequent in questions as "what is" in English, so they are stop words like it.
    private static readonly string[] ChineseQuestionBigrams =
    [
        "什么", "是什", "么是", "么意", "意思", "思是", "怎么", "么样", "怎样", "为什", "么会", "么要", "如何", "哪些", "有哪",
        "哪个", "请问", "一下", "可以", "能不", "有什", "么区", "么用", "么呢", "是啥", "啥是", "到底", "底是", "简单", "单说",
        "说说", "讲讲", "解释", "释一", "给我", "我讲", "东西", "么东", "个什", "指的", "的是", "算不", "不算", "是不", "么不",
        "的", "和", "吗", "呢", "了", "是", "与", "及", "啥",

        // CJKAnalyzer's own English stop words, for the Latin words of a Chinese question.
        "a", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or",
        "s", "such", "t", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with", "www",
    ];

    private readonly Analyzer _chinese = new CJKAnalyzer(
        Version,
        new CharArraySet(Version, ChineseQuestionBigrams, ignoreCase: true));

    /// <summary>The index terms of <paramref name="text"/> as the analyzer of <paramref name="language"/> makes them.</summary>
    public List<string> Terms(string text, BotLanguage language)
    {
        var analyzer = language switch
        {
            BotLanguage.Fr => _french,
            BotLanguage.Zh => _chinese,
            _ => _english,
        };

        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        _french.Dispose();
        _english.Dispose();
        _chinese.Dispose();
    }

    private sealed class FrenchTextAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            result = new LowerCaseFilter(Version, result);
            result = new StopFilter(Version, result, FrenchAnalyzer.DefaultStopSet);
            result = new FrenchLightStemFilter(result);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }

    private sealed class EnglishTextAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new EnglishPossessiveFilter(Version, source);
            result = new LowerCaseFilter(Version, result);
            result = new StopFilter(Version, result, EnglishAnalyzer.DefaultStopSet);
            result = new ASCIIFoldingFilter(result);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }
}
