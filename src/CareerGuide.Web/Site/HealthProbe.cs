namespace CareerGuide.Web.Site;

/// <summary>How long one health check may take before the probe reports it Unhealthy.</summary>
public static class HealthProbe
{
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);
}
