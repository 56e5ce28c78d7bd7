namespace PartyWork.Domain.Terms;

/// <summary>What a plenum phrase refers to: the plenum itself or the resolution it adopted.</summary>
public enum PlenumReferenceKind
{
    /// <summary>The plenum (conference): <c>"Hội nghị Trung ương 13 (khóa XIII)"</c>.</summary>
    Conference = 0,

    /// <summary>The plenum's resolution: <c>"Nghị quyết Trung ương 4 (khóa XII)"</c>, <c>"Nghị quyết T.Ư 4 (khoá XII)"</c>.</summary>
    Resolution = 1,
}
