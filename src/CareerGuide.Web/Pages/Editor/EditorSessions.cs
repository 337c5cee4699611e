using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Pages.Editor;

/// <summary>
/// The editor's session cookie: when it was issued and when it ends, sealed (encrypted and signed) by ASP.NET Core
/// data protection. Unlike a fixed token derived from the key, it expires after <see cref="EditorOptions.SessionHours"/>,
/// and <see cref="EditorOptions.SessionsValidAfter"/> or a new key ends it early.
/// </summary>
public sealed class EditorSessions(IDataProtectionProvider protection, IOptionsMonitor<EditorOptions> options, TimeProvider clock)
{
    public const string CookieName = "editor-session";

    private readonly IDataProtector _protector = protection.CreateProtector("CareerGuide.Editor.Session.v1");

    /// <summary>A new session's cookie value, and how long the cookie should be kept.</summary>
    public (string Value, TimeSpan Lifetime) Start()
    {
        var current = options.CurrentValue;
        var lifetime = TimeSpan.FromHours(current.SessionHours);
        var now = clock.GetUtcNow();
        var session = new Session(now, now + lifetime, KeyId(current.Key));
        return (_protector.Protect(JsonSerializer.Serialize(session)), lifetime);
    }

    /// <summary>Whether <paramref name="value"/> is a session this site sealed that has not ended.</summary>
    public bool IsOpen(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        Session? session;
        try
        {
            session = JsonSerializer.Deserialize<Session>(_protector.Unprotect(value));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            // Forged or damaged, or sealed with a key this site no longer has: no session.
            return false;
        }

        var current = options.CurrentValue;
        return session is not null
            && clock.GetUtcNow() < session.Ends
            && (current.SessionsValidAfter is not { } validAfter || session.Issued >= validAfter)
            && session.KeyId == KeyId(current.Key);
    }

    /// <summary>Ties a session to the key it was opened with, so a new key ends it; a hash, so the cookie never holds the key.</summary>
    private static string KeyId(string? key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key ?? "")));

    private sealed record Session(DateTimeOffset Issued, DateTimeOffset Ends, string KeyId);
}
