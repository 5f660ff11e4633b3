namespace Tenken.Core.Screening.Model;

/// <summary>Whether the requirement already offers a digital route (書面又は電磁的方法, 電子情報処理組織 …).</summary>
public enum DigitalRoute
{
    None,
    /// <summary>Allowed for part of the requirement, or only by another provision's reference: a softer finding.</summary>
    Partial,
    Full,
}
