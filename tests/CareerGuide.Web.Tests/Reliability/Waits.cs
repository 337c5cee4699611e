namespace CareerGuide.Web.Tests.Reliability;

public static class Waits
{
    /// <summary>How long any wait in these tests may last before it fails the test instead of hanging it; never a measure of speed.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
}
