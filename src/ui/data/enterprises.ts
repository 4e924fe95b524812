// The enterprise list's slice of storage (see storage/enterpriseStore for why it is separate).
import type { EnterpriseStore } from '../../storage/enterpriseStore';
import { createEnterpriseStore } from '../../storage/enterpriseStore';
import { getDb } from './db';

let instance: EnterpriseStore | undefined;
export const getEnterprises = (): EnterpriseStore => (instance ??= createEnterpriseStore(getDb()));
