using System.Runtime.InteropServices;

namespace CareerGuide.Web.Commands;

/// <summary>
/// Ctrl+C, SIGTERM and SIGQUIT before the host runs (while the database is made ready, while a verb works) stop the
/// application, as the host's own handlers do once the site runs: the work ends on the stopping token and the host
/// is disposed, which writes out the log lines still queued for the console. A second signal ends the process at once.
/// </summary>
public sealed class StopSignals : IDisposable
{
    /// <summary>How a start that a signal stopped exits: 128 plus SIGINT's number, as shells report Ctrl+C.</summary>
    public const int StoppedExitCode = 130;

    private readonly PosixSignalRegistration[] _registrations;

    public StopSignals(IHostApplicationLifetime lifetime) =>
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }.Select(signal =>
            PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = !lifetime.ApplicationStopping.IsCancellationRequested;
                lifetime.StopApplication();
            }))];

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
