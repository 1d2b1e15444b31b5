using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LlmTutorBot.Faq.Retrieval;

/// <summary>
/// LLM jargon across French, English and Chinese: every phrase of a group is rewritten to one concept token before
/// analysis, on both the knowledge base and the question, so "réglage fin", "fine tuning" and "微调" meet. Text is
/// lower-cased and its accents folded first, so the phrases are written that way too.
/// </summary>
public static class Synonyms
{
    // Concept token => phrases. Tokens are plain ASCII words no analyzer splits.
    private static readonly (string Concept, string[] Phrases)[] Groups =
    [
        ("kxfinetuning", ["fine-tuning", "fine tuning", "finetuning", "fine-tune", "fine tune", "finetune", "fine-tuned", "fine tuned", "reglage fin", "reglages fins", "regler finement", "ajustement fin", "affinage", "微调", "精调"]),
        ("kxllm", ["llm", "llms", "large language model", "large language models", "grand modele de langage", "grands modeles de langage", "grand modele de langue", "modele de langage", "modeles de langage", "language model", "language models", "大模型", "大语言模型", "大型语言模型", "语言模型"]),
        ("kxdistillation", ["knowledge distillation", "distillation des connaissances", "distillation de connaissances", "distillation", "知识蒸馏", "蒸馏"]),
        ("kxrag", ["rag", "retrieval-augmented generation", "retrieval augmented generation", "generation augmentee par recuperation", "检索增强生成", "检索增强"]),
        ("kxtransformer", ["transformer", "transformers", "变换器", "转换器"]),
        ("kxtokenization", ["tokenization", "tokenisation", "tokenizer", "tokeniser", "tokens", "token", "分词", "标记化", "词元"]),
        ("kxembedding", ["embedding", "embeddings", "plongement", "plongements", "plongement lexical", "vecteur de mots", "word vectors", "嵌入", "词嵌入", "词向量"]),
        ("kxattention", ["attention mechanism", "attention", "mecanisme d'attention", "self-attention", "注意力机制", "注意力"]),
        ("kxneuralnet", ["neural network", "neural networks", "neural net", "reseau de neurones", "reseaux de neurones", "reseau neuronal", "reseaux neuronaux", "神经网络"]),
        ("kxhallucination", ["hallucination", "hallucinations", "hallucinate", "halluciner", "hallucinent", "幻觉"]),
        ("kxparameters", ["parameters", "parameter", "parametres", "parametre", "参数"]),
        ("kxweights", ["weights", "poids", "权重"]),
        ("kxperplexity", ["perplexity", "perplexite", "困惑度"]),
        ("kxbias", ["bias", "biases", "biais", "偏见", "偏差"]),
        ("kxvectordb", ["vector database", "vector databases", "vector db", "base de donnees vectorielle", "bases de donnees vectorielles", "向量数据库"]),
        ("kxmultimodal", ["multimodal", "multimodality", "multimodalite", "multi-modal", "多模态"]),
        ("kxai", ["artificial intelligence", "intelligence artificielle", "ai", "ia", "人工智能"]),
        ("kxnlp", ["nlp", "natural language processing", "traitement du langage naturel", "taln", "自然语言处理"]),
        ("kxtraining", ["training", "trained", "entrainement", "entrainer", "entraine", "entrainé", "训练"]),
        ("kxcost", ["cost", "costs", "price", "prix", "cout", "couts", "coute", "how much", "combien coute", "成本", "费用", "价格", "多少钱"]),
        ("kxconscious", ["conscious", "consciousness", "sentient", "conscient", "conscients", "conscience", "意识", "有意识"]),
        ("kxinvent", ["invented", "inventor", "invent", "created by", "inventeur", "invente", "inventes", "inventee", "发明", "发明者", "发明人"]),
        ("kxlargest", ["largest", "biggest", "plus grand", "plus gros", "最大"]),
        ("kxsmallest", ["smallest", "tiniest", "plus petit", "最小"]),
        ("kximage", ["images", "image", "pictures", "picture", "图像", "图片", "图画"]),
        ("kxrnn", ["rnn", "rnns", "recurrent neural network", "recurrent neural networks", "reseau recurrent", "reseaux recurrents", "循环神经网络"]),
        ("kxmetrics", ["metrics", "metric", "metriques", "metrique", "指标", "评估指标"]),
        ("kxfree", ["free", "for free", "gratuit", "gratuite", "gratuitement", "免费"]),
        ("kxchatgpt", ["chatgpt", "chat gpt", "chat-gpt"]),
        ("kxgpt4", ["gpt-4", "gpt4", "gpt 4"]),
        ("kxdifference", ["difference", "differences", "different", "differ", "difference entre", "differences entre", "区别", "不同", "不一样", "差别", "差异"]),
    ];

    private static readonly Dictionary<string, string> ConceptOfPhrase = BuildPhraseMap();
    private static readonly Regex LatinPhrase = BuildRegex(chinese: false);
    private static readonly Regex ChinesePhrase = BuildRegex(chinese: true);

    /// <summary>Lower-cases, folds accents and replaces every known phrase with its concept token.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var latin = LatinPhrase.Replace(folded, match => $" {ConceptOfPhrase[match.Value]} ");
        return ChinesePhrase.Replace(latin, match => $" {ConceptOfPhrase[match.Value]} ");
    }

    /// <summary>Lower case, no diacritics, typographic apostrophes made plain.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.ToLowerInvariant().Replace('’', '\'').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static Dictionary<string, string> BuildPhraseMap()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (concept, phrases) in Groups)
        {
            foreach (var phrase in phrases)
            {
                map[Fold(phrase)] = concept;
            }
        }

        return map;
    }

    /// <summary>
    /// One alternation of plain literals, longest first (so "grands modeles de langage" wins over "modeles de
    /// langage"), which the regex engine matches as a prefix tree. Latin phrases must stand as whole words, but may
    /// touch Chinese characters ("gpt-4算不算"); Chinese phrases match anywhere.
    /// </summary>
    private static Regex BuildRegex(bool chinese)
    {
        var literals = string.Join('|', ConceptOfPhrase.Keys
            .Where(p => p.Any(c => c > 0x2E80) == chinese)
            .OrderByDescending(p => p.Length)
            .Select(Regex.Escape));
        var pattern = chinese ? $"(?:{literals})" : $"(?<![a-z0-9])(?:{literals})(?![a-z0-9])";
        // Escaped literals with one-character lookarounds cannot backtrack catastrophically, and messages are capped
        // by Bot:MaxMessageLength; a match timeout only failed questions on a loaded machine (seen in the test suite).
        return new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);
    }
}
