// A core accessor: one page of another process, held for a moment to copy
// from it, like access_remote_vm() users (exec, tomoyo, uprobes).
// report: get_user_pages_remote() in peek(): leave: core accessor: short access to a page of another process
static int peek(struct mm_struct *mm, unsigned long addr, void *buf)
{
	struct page *page;
	void *p;

	if (get_user_pages_remote(mm, addr, 1, FOLL_FORCE, &page, NULL, NULL) <= 0)
		return -EFAULT;
	p = kmap_local_page(page);
	memcpy(buf, p, 8);
	kunmap_local(p);
	put_page(page);
	return 0;
}
