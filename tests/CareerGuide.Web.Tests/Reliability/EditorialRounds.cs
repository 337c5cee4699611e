using System.Globalization;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>
/// An editor working in rounds while the site is read: each round retitles and reprices a fifth of the standing
/// guides, adds a few short-lived guides and deletes the ones added two rounds before, then ingests.
/// It also answers what a reader may see, judged by which rounds had finished or begun around a request.
/// </summary>
public sealed class EditorialRounds(CareerGuideFactory site)
{
    public const int StandingGuides = 100;
    private const int AddedPerRound = 5;
    private const int RoundsKept = 2;

    private readonly int[] _editedIn = new int[StandingGuides];
    private int _started;
    private int _finished;

    /// <summary>The last round that began writing files; what it changes may show at any moment after.</summary>
    public int Started => Volatile.Read(ref _started);

    /// <summary>The last round whose ingestion returned; everything it changed must show from then on.</summary>
    public int Finished => Volatile.Read(ref _finished);

    public static string StandingSlug(int i) => string.Create(CultureInfo.InvariantCulture, $"standing-{i:000}");

    public static string ShortLivedSlug(int round, int k) => string.Create(CultureInfo.InvariantCulture, $"short-lived-{round:00}-{k}");

    /// <summary>The title a standing guide has after the round that last edited it.</summary>
    public static string Title(int i, int round) => TitleBeforeEdition(i) + round.ToString(CultureInfo.InvariantCulture);

    public static string TitleBeforeEdition(int i) => string.Create(CultureInfo.InvariantCulture, $"Standing Role {i:000} edition ");

    /// <summary>The oldest edition of a standing guide a reader may still see: the one the last finished round left.</summary>
    public int OldestVisibleEdition(int i) => Volatile.Read(ref _editedIn[i]);

    /// <summary>
    /// Whether a short-lived role must answer 200 (true), must answer 404 (false), or may do either (null, its round
    /// was ingesting during the request), given <see cref="Finished"/> when the request began and <see cref="Started"/> when it ended.
    /// </summary>
    public static bool? ShortLivedMustExist(int addedIn, int finishedBefore, int startedAfter)
    {
        var deletedIn = addedIn + RoundsKept;
        if (addedIn <= finishedBefore && deletedIn > startedAfter)
        {
            return true;
        }

        return addedIn > startedAfter || deletedIn <= finishedBefore ? false : null;
    }

    /// <summary>Round 0: every standing guide in its first edition.</summary>
    public async Task StartAsync()
    {
        for (var i = 0; i < StandingGuides; i++)
        {
            site.WriteGuide(StandingSlug(i), Guide(Title(i, 0), 0));
        }

        Assert.Equal(StandingGuides, (await site.IngestAsync()).Added);
    }

    public async Task RunRoundAsync(int round)
    {
        Volatile.Write(ref _started, round);
        var edited = Enumerable.Range(0, StandingGuides).Where(i => i % 5 == round % 5).ToList();
        foreach (var i in edited)
        {
            site.WriteGuide(StandingSlug(i), Guide(Title(i, round), round));
        }

        for (var k = 0; k < AddedPerRound; k++)
        {
            site.WriteGuide(ShortLivedSlug(round, k), Guide($"Short-lived Role {round} {k}", round));
            if (round > RoundsKept)
            {
                site.DeleteGuide(ShortLivedSlug(round - RoundsKept, k));
            }
        }

        var report = await site.IngestAsync();
        Assert.Equal((AddedPerRound, edited.Count, round > RoundsKept ? AddedPerRound : 0, 0), (report.Added, report.Updated, report.Removed, report.Failed));
        foreach (var i in edited)
        {
            Volatile.Write(ref _editedIn[i], round);
        }

        Volatile.Write(ref _finished, round);
    }

    private static string Guide(string title, int round) => new GuideBuilder(title)
        .WithSalaryRows(("Junior " + title, $"${50 + round}k", $"${51 + round}k"), (title, $"${60 + round}k", $"${61 + round}k"))
        .Build();
}
