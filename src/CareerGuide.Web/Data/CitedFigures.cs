using CareerGuide.Content;

namespace CareerGuide.Web.Data;

/// <summary>A figure a guide shows, named as the format names it, with the source it cites.</summary>
public sealed record CitedFigure(string Figure, SourceRef Source);

/// <summary>
/// The figures a guide cites with their sources, kept on its file's status at ingestion: the editor's list of stale and
/// undated figures reads these small rows. Read from every role's document instead, one view of it took 3 to 5 s and a
/// gigabyte of memory on 10,000 guides.
/// </summary>
public sealed record CitedFigures(IReadOnlyList<CitedFigure> All)
{
    public static CitedFigures None { get; } = new([]);

    public static CitedFigures Of(RoleDocument document) => new(
    [
        .. from figure in document.CitedFigures()
           let source = document.SourceOf(figure.SourceId)
           where source is not null
           select new CitedFigure(figure.Figure, source),
    ]);
}
