namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>A clock that stands still until a test moves it, so time-bound behaviour is tested without waiting.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
