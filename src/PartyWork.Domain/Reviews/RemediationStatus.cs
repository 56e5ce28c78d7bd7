namespace PartyWork.Domain.Reviews;

/// <summary>How far a remediation item has got.</summary>
/// <remarks><c>default(RemediationStatus)</c> (0) is not a status; every member that takes a status rejects it.</remarks>
public enum RemediationStatus
{
    /// <summary>Chưa thực hiện: not started.</summary>
    Open = 1,

    /// <summary>Đang thực hiện: under way.</summary>
    InProgress = 2,

    /// <summary>Đã khắc phục: done.</summary>
    Done = 3,
}
