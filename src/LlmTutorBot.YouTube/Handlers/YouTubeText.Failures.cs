using LlmTutorBot.Core.Localization;
using LlmTutorBot.YouTube.Player;

namespace LlmTutorBot.YouTube.Handlers;

public static partial class YouTubeText
{
    public static readonly LocalizedText Private = new(
        "This video is private, so I cannot read its captions. Ask its owner to make it public or unlisted, or attach its subtitles as a .srt or .vtt file.",
        "Cette vidéo est privée : je ne peux pas lire ses sous-titres. Demandez à son auteur de la rendre publique ou non répertoriée, ou joignez ses sous-titres en fichier .srt ou .vtt.",
        "这个视频是私密的，我无法读取字幕。请让作者将其设为公开或不公开列出，或者以 .srt 或 .vtt 文件附上字幕。");

    public static readonly LocalizedText AgeRestricted = new(
        "This video is age-restricted, and YouTube only shows it to signed-in adults. Attach its subtitles as a .srt or .vtt file instead.",
        "Cette vidéo est soumise à une limite d'âge et YouTube ne la montre qu'aux adultes connectés. Joignez plutôt ses sous-titres en fichier .srt ou .vtt.",
        "这个视频有年龄限制，YouTube 只向已登录的成年用户显示。请改为以 .srt 或 .vtt 文件附上字幕。");

    public static readonly LocalizedText LoginRequired = new(
        "YouTube asks to sign in to see this video. Attach its subtitles as a .srt or .vtt file, or ask the operator to set YouTube:Cookies.",
        "YouTube demande de se connecter pour voir cette vidéo. Joignez ses sous-titres en fichier .srt ou .vtt, ou demandez à l'opérateur de renseigner YouTube:Cookies.",
        "YouTube 要求登录才能观看这个视频。请以 .srt 或 .vtt 文件附上字幕，或请管理员设置 YouTube:Cookies。");

    public static readonly LocalizedText Unavailable = new(
        "This video is unavailable (removed, blocked in this country, or a wrong link). Check the link and try again.",
        "Cette vidéo est indisponible (supprimée, bloquée dans ce pays, ou lien erroné). Vérifiez le lien et réessayez.",
        "这个视频无法观看（已删除、在本地区被屏蔽，或链接有误）。请检查链接后重试。");

    public static readonly LocalizedText Live = new(
        "This is a live or upcoming stream, which has no finished captions yet. Try again once the stream has ended.",
        "C'est un direct ou une diffusion à venir, sans sous-titres définitifs pour l'instant. Réessayez une fois la diffusion terminée.",
        "这是直播或即将开始的直播，还没有完整字幕。请在直播结束后再试。");

    public static readonly LocalizedText NoCaptions = new(
        "This video has no captions, not even automatic ones. Attach a .srt or .vtt file of it and I will use that.",
        "Cette vidéo n'a aucun sous-titre, pas même automatique. Joignez-en un fichier .srt ou .vtt et je l'utiliserai.",
        "这个视频没有任何字幕（包括自动字幕）。请附上它的 .srt 或 .vtt 文件，我会使用该文件。");

    public static readonly LocalizedText PoTokenRequired = new(
        "YouTube now protects this video's captions with a token I cannot produce. Attach a .srt or .vtt file instead; the operator can try again later, as YouTube changes this often.",
        "YouTube protège désormais les sous-titres de cette vidéo par un jeton que je ne sais pas produire. Joignez plutôt un fichier .srt ou .vtt ; l'opérateur pourra réessayer plus tard, YouTube change souvent cela.",
        "YouTube 现在用我无法生成的令牌保护了这个视频的字幕。请改为附上 .srt 或 .vtt 文件；YouTube 经常调整，管理员可以稍后再试。");

    public static readonly LocalizedText Blocked = new(
        "YouTube refused to answer this server (it asks to confirm I am not a bot). Try again later. Operator: route YouTube traffic through a residential proxy (YouTube:Proxy) or set YouTube:Cookies.",
        "YouTube a refusé de répondre à ce serveur (il demande de confirmer que je ne suis pas un robot). Réessayez plus tard. Opérateur : passez par un proxy résidentiel (YouTube:Proxy) ou renseignez YouTube:Cookies.",
        "YouTube 拒绝响应这台服务器（要求确认我不是机器人）。请稍后再试。管理员：请通过住宅代理（YouTube:Proxy）访问 YouTube，或设置 YouTube:Cookies。");

    public static readonly LocalizedText TooLong = new(
        "This video is longer than I handle ({0}). Try a shorter video, or attach the part you need as a .srt or .vtt file.",
        "Cette vidéo dépasse la durée que je traite ({0}). Essayez une vidéo plus courte, ou joignez la partie voulue en fichier .srt ou .vtt.",
        "这个视频超出了我能处理的时长（{0}）。请换一个较短的视频，或以 .srt 或 .vtt 文件附上需要的部分。");

    public static readonly LocalizedText NotTranslatable = new(
        "YouTube cannot translate this video's captions into that language. Ask for another language, or use the captions in their own language.",
        "YouTube ne sait pas traduire les sous-titres de cette vidéo dans cette langue. Demandez une autre langue, ou utilisez les sous-titres dans leur langue d'origine.",
        "YouTube 无法把这个视频的字幕翻译成该语言。请换一种语言，或直接使用原语言字幕。");

    public static readonly LocalizedText Unreachable = new(
        "I could not reach YouTube just now. Please try again in a minute.",
        "Je n'ai pas pu joindre YouTube pour l'instant. Réessayez dans une minute.",
        "暂时无法连接 YouTube。请一分钟后再试。");

    public static readonly LocalizedText Removed = new(
        "This video has been removed from YouTube (by its uploader or by YouTube), so its captions are gone. If you have its subtitles, attach them as a .srt or .vtt file.",
        "Cette vidéo a été retirée de YouTube (par son auteur ou par YouTube) : ses sous-titres ont disparu avec elle. Si vous avez ses sous-titres, joignez-les en fichier .srt ou .vtt.",
        "这个视频已从 YouTube 删除（由上传者或 YouTube 删除），字幕也随之消失。如果你有它的字幕，请以 .srt 或 .vtt 文件附上。");

    public static readonly LocalizedText RateLimited = new(
        "YouTube is limiting how many videos this server may read (\"This content isn't available, try again later\"). Please try again in an hour or so, or attach the subtitles as a .srt or .vtt file.",
        "YouTube limite le nombre de vidéos que ce serveur peut lire (« This content isn't available, try again later »). Réessayez dans une heure environ, ou joignez les sous-titres en fichier .srt ou .vtt.",
        "YouTube 正在限制这台服务器可读取的视频数量（“This content isn't available, try again later”）。请大约一小时后再试，或以 .srt 或 .vtt 文件附上字幕。");

    public static readonly LocalizedText Busy = new(
        "Many videos were asked for in the last minute, and I keep my requests to YouTube at a polite pace. Please try again in {0} s.",
        "Beaucoup de vidéos ont été demandées dans la dernière minute, et je garde un rythme raisonnable avec YouTube. Réessayez dans {0} s.",
        "过去一分钟内请求的视频太多，我需要控制访问 YouTube 的频率。请 {0} 秒后再试。");

    public static readonly LocalizedText TranslationRefused = new(
        "YouTube refused to translate these captions just now (it often limits its own translations). The original captions ({0}) work: `/summarize` reads them, and once the operator configures an AI model (Llm:Provider), `/translate <link> <language>` translates them without YouTube.",
        "YouTube a refusé de traduire ces sous-titres pour l'instant (il limite souvent ses propres traductions). Les sous-titres d'origine ({0}) fonctionnent : `/summarize` les lit, et une fois qu'un modèle d'IA est configuré par l'opérateur (Llm:Provider), `/translate <lien> <langue>` les traduit sans YouTube.",
        "YouTube 暂时拒绝翻译这些字幕（它经常限制自带的翻译）。原始字幕（{0}）可以使用：`/summarize` 会读取它们；管理员配置 AI 模型（Llm:Provider）后，`/translate <链接> <语言>` 可以不经 YouTube 直接翻译。");

    /// <summary>Kinds whose sentence has a {0}, filled with the failure's detail.</summary>
    public static bool TakesDetail(VideoFailureKind kind) => kind is VideoFailureKind.TooLong or VideoFailureKind.Busy or VideoFailureKind.TranslationRefused;

    public static LocalizedText For(VideoFailureKind kind) => kind switch
    {
        VideoFailureKind.Private => Private,
        VideoFailureKind.Removed => Removed,
        VideoFailureKind.RateLimited => RateLimited,
        VideoFailureKind.Busy => Busy,
        VideoFailureKind.TranslationRefused => TranslationRefused,
        VideoFailureKind.AgeRestricted => AgeRestricted,
        VideoFailureKind.LoginRequired => LoginRequired,
        VideoFailureKind.Unavailable => Unavailable,
        VideoFailureKind.Live => Live,
        VideoFailureKind.NoCaptions => NoCaptions,
        VideoFailureKind.PoTokenRequired => PoTokenRequired,
        VideoFailureKind.Blocked => Blocked,
        VideoFailureKind.TooLong => TooLong,
        VideoFailureKind.NotTranslatable => NotTranslatable,
        _ => Unreachable,
    };
}
