using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>Holds a request that carries <see cref="Header"/> at the front door of the site until the test lets it through.</summary>
public sealed class RequestGate : IStartupFilter
{
    public const string Header = "X-Test-Hold";

    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a held request has arrived: from then on it is in flight.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _released.TrySetResult();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            if (context.Request.Headers.ContainsKey(Header))
            {
                _entered.TrySetResult();
                await _released.Task;
            }

            await following(context);
        });
        next(app);
    };
}
