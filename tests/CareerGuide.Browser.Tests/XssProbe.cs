namespace CareerGuide.Browser.Tests;

/// <summary>
/// Loads pages in one chromium tab and reports every sign that a payload ran, or would run on a click: a dialog,
/// <c>window.__xss</c>, a script, frame or event handler the site did not write, a javascript:, vbscript: or data:
/// URL, or a page that navigated away by itself.
/// </summary>
internal sealed class XssProbe : IAsyncDisposable
{
    // Browsers drop ASCII whitespace and control characters from URLs, so "java\tscript:" runs as javascript:.
    private const string ScanScript = """
        () => {
            const found = [];
            const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping', 'cite', 'srcset'];
            for (const element of document.querySelectorAll('*')) {
                for (const attribute of element.attributes) {
                    const name = attribute.name.toLowerCase();
                    const url = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
                    if (name.startsWith('on') || name === 'srcdoc') {
                        found.push(`<${element.localName} ${name}="${attribute.value}">`);
                    } else if (urlAttributes.includes(name) && /^(javascript|vbscript|data):/.test(url)) {
                        found.push(`<${element.localName} ${name}="${attribute.value}">`);
                    }
                }
            }
            for (const script of document.querySelectorAll('script')) {
                const ownFile = script.src && new URL(script.src).origin === location.origin;
                if (!ownFile && script.type !== 'application/ld+json') {
                    found.push(`script: ${script.outerHTML.slice(0, 120)}`);
                }
            }
            for (const element of document.querySelectorAll('iframe, frame, object, embed, base, meta[http-equiv]')) {
                found.push(`element: ${element.outerHTML.slice(0, 120)}`);
            }
            if (window.__xss !== undefined) {
                found.push(`window.__xss = ${window.__xss}`);
            }
            return found;
        }
        """;

    private readonly IBrowserContext _context;
    private readonly IPage _page;
    private readonly Uri _site;
    private readonly List<string> _dialogs = [];

    private XssProbe(IBrowserContext context, IPage page, Uri site)
    {
        (_context, _page, _site) = (context, page, site);
        _page.Dialog += (_, dialog) =>
        {
            _dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
    }

    public static async Task<XssProbe> OpenAsync(IBrowser browser, Uri site)
    {
        // The site's policy would block inline script anyway; bypassing it proves the markup itself is inert.
        var context = await browser.NewContextAsync(new() { BaseURL = site.ToString(), BypassCSP = true });
        return new XssProbe(context, await context.NewPageAsync(), site);
    }

    /// <summary>
    /// Loads <paramref name="path"/> and returns what it found, each line naming the page. With <paramref name="shows"/>
    /// it also reports a page that does not show that text, so payloads cannot pass by silently vanishing.
    /// </summary>
    public async Task<IReadOnlyList<string>> ScanAsync(string path, string? shows = null)
    {
        _dialogs.Clear();
        var response = await _page.GotoAsync(path);
        // Let handlers that fire after load (toggle, focus, timers) have their turn.
        await _page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 50))");
        List<string> found = [.. _dialogs.Select(dialog => $"dialog {dialog}"), .. await _page.EvaluateAsync<string[]>(ScanScript)];
        if (response?.Status != 200)
        {
            found.Add($"answered {response?.Status}");
        }

        if (shows is not null && !(await _page.InnerTextAsync("body")).Contains(shows, StringComparison.Ordinal))
        {
            found.Add($"does not show '{shows}' as text");
        }

        if (!_page.Url.StartsWith(_site.ToString(), StringComparison.Ordinal))
        {
            found.Add($"navigated away to {_page.Url}");
        }

        return [.. found.Select(finding => $"{path}: {finding}")];
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
